import type { Chunk } from '../../core/chunk.js';
import type { Citation } from '../../core/citation.js';
import { buildCitation } from '../../core/citation.js';
import { formatMeetingDate } from '../../core/dates.js';
import { readableSegment, splitSegments } from '../../core/sentences.js';
import type { RetrievedPassage } from '../../search/retrieval.js';
import type { Answer } from '../answer.js';

const maxItems = 14;

/**
 * "What happened at the last meeting?" names no topic: answer with the meeting's business, each
 * item with its decision (or its opening line), cited.
 */
export function summarizeMeeting(
  chunks: Chunk[],
  passages: RetrievedPassage[],
  preferAgenda = false,
): Answer | undefined {
  const minutes = chunks.filter((chunk) => chunk.kind === 'minutes' && chunk.minute);
  const agenda = chunks.filter((chunk) => chunk.kind === 'agenda' && chunk.section?.startsWith('Item '));
  const useMinutes = minutes.length > 0 && !(preferAgenda && agenda.length > 0);
  const entries = useMinutes ? minuteEntries(minutes) : agenda.map((chunk) => ({ label: chunk.section!, chunk }));
  const first = entries[0];
  if (!first) return undefined;
  const citations: Citation[] = [];
  const lines = [
    `**${formatMeetingDate(first.chunk.meetingDate)}** — ${first.chunk.committee} (${useMinutes ? 'minutes' : 'agenda'})`,
  ];
  for (const { label, chunk } of entries.slice(0, maxItems)) {
    // An agenda item's first line is its heading, already in the label.
    const segments = splitSegments(chunk.text).slice(chunk.kind === 'agenda' ? 1 : 0);
    const content = segments.find((candidate) => isContent(candidate.text));
    const segment = content ?? splitSegments(chunk.text)[0];
    if (!segment) continue;
    const n = citations.length + 1;
    citations.push(buildCitation(n, chunk, segment));
    // A frontsheet item is its heading alone: quoting it would repeat the label, so only its pages are added.
    const quote = content ? `: ${readableSegment(segment.text)}` : pagesOf(segment.text);
    lines.push(`- ${label}${quote} [${n}]`);
  }
  if (entries.length > maxItems) lines.push(`- …and ${entries.length - maxItems} more items.`);
  return { text: lines.join('\n'), citations, abstained: false, passages };
}

/** One entry per minute item: its Resolved block when it has one, else its first passage. */
function minuteEntries(chunks: Chunk[]): { label: string; chunk: Chunk }[] {
  const byItem = new Map<string, Chunk>();
  for (const chunk of chunks) {
    const key = `${chunk.source}|${chunk.partIndex}|${chunk.minute}`;
    const current = byItem.get(key);
    if (!current || (chunk.section === 'Resolved' && current.section !== 'Resolved')) byItem.set(key, chunk);
  }
  return [...byItem.values()].map((chunk) => ({
    label: `Minute ${chunk.minute}, ${chunk.minuteTitle}${chunk.section === 'Resolved' ? ' — resolved' : ''}`,
    chunk,
  }));
}

/** " (pages 11–84)" from an agenda line's "(Pages 11 - 84)", or nothing. */
function pagesOf(text: string): string {
  const pages = /\(pages?\s+(\d+)(?:\s*[-–]\s*(\d+))?\)/i.exec(text);
  if (!pages) return '';
  return pages[2] ? ` (pages ${pages[1]}–${pages[2]})` : ` (page ${pages[1]})`;
}

/** Not a heading, not markup, and not a lead-in ("Resolved:- That the Commission:") to the list that follows. */
function isContent(text: string): boolean {
  const plain = text.replace(/<[^>]+>|[*#_\-–:\s]|resolved|that/gi, '');
  const heading = /^\s*(?:#|\*\*)?\s*\d+\.\s+[A-Z0-9 ,'’&()/-]+(?:\*\*)?\s*$/.test(text);
  const leadIn = /:-?\s*(?:\*\*)?\s*$/.test(text) && /resolved/i.test(text);
  return plain.length >= 3 && !heading && !leadIn;
}

import type { Chunk } from './chunk.js';
import type { PartKind } from './paper.js';
import { isTranscript, splitTurns } from './speaker-turns.js';

export interface Citation {
  n: number;
  committee: string;
  /** Date of the meeting the passage belongs to (minutes in a later pack keep the earlier date). */
  meetingDate: string | null;
  partKind: PartKind;
  minute?: string;
  title: string;
  heading: string;
  /** Verbatim from the cited passage. */
  quote: string;
  source: string;
  start: number;
  end: number;
  line: number;
  /** 1-based PDF page where the quote starts, for papers that have pages. */
  page?: number;
  /** The published paper; with `page`, a link opens it where the quote is. */
  url?: string;
  /** Transcripts: who says the quoted words. */
  speaker?: string;
}

/** A citation for a verbatim span of a chunk (offsets relative to the chunk text). */
export function buildCitation(n: number, chunk: Chunk, span: { start: number; end: number }): Citation {
  return {
    n,
    committee: chunk.committee,
    meetingDate: chunk.meetingDate,
    partKind: chunk.kind,
    minute: chunk.minute,
    title: chunk.minuteTitle ?? chunk.partTitle,
    heading: chunk.headingPath.join(' › '),
    quote: chunk.text.slice(span.start, span.end),
    source: chunk.source,
    start: chunk.start + span.start,
    end: chunk.start + span.end,
    line: chunk.line + countNewlines(chunk.text.slice(0, span.start)),
    page: quotePage(chunk, chunk.start + span.start),
    ...(chunk.url === undefined ? {} : { url: chunk.url }),
    ...speakerOf(chunk, chunk.start + span.start),
  };
}

function speakerOf(chunk: Chunk, offset: number): Pick<Citation, 'speaker'> {
  const turns = chunk.speakerTurns ?? [];
  if (turns.length > 0) return { speaker: (turns.findLast((turn) => turn.start <= offset) ?? turns[0])!.speaker };
  // A passage whose turns are read only when answering (a paper not indexed as a transcript, a record
  // printed line by line) still names who says the quoted words, from the label of the turn holding them.
  if (!isTranscript(chunk)) return {};
  const at = offset - chunk.start;
  const speaker = splitTurns(chunk.text).findLast((turn) => turn.start <= at && at < turn.end)?.speaker;
  return speaker ? { speaker } : {};
}

function quotePage(chunk: Chunk, offset: number): number | undefined {
  if (chunk.page === undefined) return undefined;
  return chunk.page + (chunk.pageBreaks ?? []).filter((pageStart) => pageStart <= offset).length;
}

function countNewlines(text: string): number {
  let count = 0;
  for (const character of text) if (character === '\n') count += 1;
  return count;
}

/** A link that opens the cited paper, at the quoted page for a PDF (`#page=` is read by browsers' PDF viewers). */
export function citationLink(citation: Pick<Citation, 'url' | 'page'>): string | undefined {
  if (citation.url === undefined) return undefined;
  return citation.page === undefined ? citation.url : `${citation.url.replace(/#.*$/, '')}#page=${citation.page}`;
}

import type { Chunk } from '../../src/core/chunk.js';
import { titleCase } from '../../src/core/committee-names.js';
import type { ParsedDocument, Part, Span } from '../../src/core/paper.js';
import { headerAbove } from '../../src/core/table-rows.js';
import { type ChunkSize, packSpan } from './pack-spans.js';
import { packTurns } from './pack-turns.js';
import { trimSpan } from './split-blocks.js';

const exchangeScale = 2;

interface Unit extends Span {
  minute?: string;
  minuteTitle?: string;
  section?: string;
}

/** Structure-aware chunks: never across two minute items or two reports; a Resolved list stays whole where it fits. */
export function chunkDocument(document: ParsedDocument, size: ChunkSize): Chunk[] {
  const lineStarts = findLineStarts(document.text);
  const chunks: Chunk[] = [];
  document.parts.forEach((part, partIndex) => {
    if (part.turns) {
      // An exchange (a question and its reply) runs longer than a paragraph of a report: a window twice
      // the size keeps the two together, so the passage that matches the question also holds the answer.
      for (const window of packTurns(document.text, part.turns, size.size * exchangeScale)) {
        const speakers = [...new Set(window.turns.map((turn) => turn.speaker))];
        const unit = { start: window.start, end: window.end, section: speakers.join(' · ') };
        chunks.push({
          ...chunkOf(document, part, partIndex, unit, window, chunks.length, lineStarts),
          speakers,
          speakerTurns: window.turns,
        });
      }
      return;
    }
    for (const unit of unitsOf(document.text, part, size.size)) {
      for (const window of packSpan(document.text, trimSpan(document.text, unit), size)) {
        if (window.end <= window.start) continue;
        chunks.push(chunkOf(document, part, partIndex, unit, window, chunks.length, lineStarts));
      }
    }
  });
  return chunks;
}

function chunkOf(
  document: ParsedDocument,
  part: Part,
  partIndex: number,
  unit: Unit,
  window: Span,
  ordinal: number,
  lineStarts: number[],
): Chunk {
  return {
    id: `${document.sha256.slice(0, 16)}:${ordinal}`,
    source: document.source,
    documentSha: document.sha256,
    ordinal,
    partIndex,
    kind: part.kind,
    committee: part.committee,
    ...(part.authority ? { authority: part.authority } : {}),
    meetingDate: part.meetingDate,
    partTitle: part.title,
    minute: unit.minute,
    minuteTitle: unit.minuteTitle,
    section: unit.section,
    headingPath: headingPath(part, unit),
    exempt: part.exempt === true || part.report?.exempt === true,
    ...carriedHeader(document.text, window),
    text: document.text.slice(window.start, window.end),
    start: window.start,
    end: window.end,
    line: lineOf(lineStarts, window.start),
    ...pagesOf(document.pageStarts, window),
  };
}

/** The header of the table a window opens inside, when it is printed before the window (see Chunk.tableHeader). */
function carriedHeader(text: string, window: Span): Pick<Chunk, 'tableHeader'> {
  const lineEnd = text.indexOf('\n', window.start);
  const firstLine = text.slice(window.start, lineEnd < 0 || lineEnd > window.end ? window.end : lineEnd);
  const header = headerAbove(text, { start: window.start, text: firstLine }, window.start);
  return header === undefined ? {} : { tableHeader: header };
}

/**
 * Minutes that number their attendance and apologies as items ("1. Those Attending",
 * "2. To receive apologies for absence", "Members present") hold the attendance as much as a header
 * before the first item does.
 */
const attendanceItem =
  /^(?:to\s+(?:note|receive|consider|accept|record)\s+(?:any\s+)?)?(?:apologies(?:\s+for\s+absence)?|(?:those|members|councillors)\s+(?:attending|present)|present|attendance|in\s+attendance|attendees)\b/i;

function unitsOf(text: string, part: Part, size: number): Unit[] {
  if (part.minutes) {
    const firstItem = part.minutes.items[0]?.start ?? part.end;
    const units: Unit[] = [{ start: part.start, end: firstItem, section: 'Attendance' }];
    for (const item of part.minutes.items) {
      // Only a title printed in capitals is re-cased: one the clerk cased ("CCTV in Taxis", "Mr. McGrath")
      // is kept as printed.
      const title = item.title === item.title.toUpperCase() ? titleCase(item.title) : item.title;
      const labels = { minute: item.number, minuteTitle: title };
      const discussionEnd = item.resolved?.start ?? item.end;
      const section = attendanceItem.test(item.title.trim()) ? 'Attendance' : undefined;
      units.push({ ...labels, start: item.start, end: discussionEnd, ...(section ? { section } : {}) });
      if (item.resolved) units.push({ ...labels, ...item.resolved, section: 'Resolved' });
      // The close of the meeting after the last item's decision stays with the item, outside its Resolved list.
      if (item.resolved && item.resolved.end < item.end)
        units.push({ ...labels, start: item.resolved.end, end: item.end });
    }
    return units.filter((unit) => text.slice(unit.start, unit.end).trim() !== '');
  }
  if (part.agenda) {
    const firstItem = part.agenda.items[0]?.start ?? part.agenda.closing?.start ?? part.end;
    const closing = part.agenda.closing;
    return [
      { start: part.start, end: firstItem, section: 'Meeting details' },
      ...part.agenda.items.map((item) => ({
        start: item.start,
        end: item.end,
        section: `Item ${item.number} — ${item.title}`,
      })),
      ...(closing ? [{ ...closing, section: 'Closing notes' }] : []),
    ].filter((unit) => unit.end > unit.start);
  }
  return mergeSmallSections(part, size);
}

// "## Decisions", "Action items": what a set of notes decided is its own passage, headed as such, not the tail of
// the short section typed before it ("5. AOB").
const outcomeHeading =
  /^(?:key\s+)?(?:decisions?(?:\s+(?:made|taken|agreed))?|actions?(?:\s+(?:items|points|agreed|arising))?|resolutions?|outcomes?)$/i;

/** Short report sections ("3.1 Not applicable") read better together with their neighbours. */
function mergeSmallSections(part: Part, size: number): Unit[] {
  const sections =
    part.sections.length > 0 ? part.sections : [{ heading: part.title, start: part.start, end: part.end }];
  const units: Unit[] = [];
  for (const section of sections) {
    const previous = units.at(-1);
    if (
      previous &&
      section.end - previous.start <= size &&
      previous.end - previous.start < size / 3 &&
      !outcomeHeading.test(section.heading.trim())
    ) {
      previous.end = section.end;
      continue;
    }
    units.push({ start: section.start, end: section.end, section: section.heading });
  }
  return units;
}

function headingPath(part: Part, unit: Unit): string[] {
  const path = [part.committee, part.meetingDate ?? 'undated'];
  // A hearing notice's premises are printed once, above its numbered paragraphs: each passage carries them.
  if (unit.minute && part.kind === 'minutes' && part.title !== 'Minutes') path.push(part.title);
  if (unit.minute) path.push(`Minute ${unit.minute} — ${unit.minuteTitle}`);
  else path.push(part.kind === 'report' ? part.title : kindTitle(part));
  if (unit.section && unit.section !== part.title) path.push(unit.section);
  return path;
}

function kindTitle(part: Part): string {
  return part.kind === 'agenda' ? 'Agenda' : part.title;
}

/** The page a window starts on and the offsets inside it where later pages begin. */
function pagesOf(pageStarts: number[] | undefined, window: Span): Pick<Chunk, 'page' | 'pageBreaks'> {
  if (!pageStarts || pageStarts.length === 0) return {};
  let page = 1;
  const pageBreaks: number[] = [];
  pageStarts.forEach((pageStart, index) => {
    if (pageStart <= window.start) page = index + 1;
    else if (pageStart < window.end) pageBreaks.push(pageStart);
  });
  return pageBreaks.length > 0 ? { page, pageBreaks } : { page };
}

function findLineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

function lineOf(lineStarts: number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

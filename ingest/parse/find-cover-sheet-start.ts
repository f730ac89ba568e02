import { type CoverField, readCoverLabel } from '../../src/core/cover-sheet-labels.js';
import { findFirstDate } from '../../src/core/dates.js';
import type { Line } from '../../src/core/lines.js';
import { findCommitteeHeading } from './find-committee.js';
import { findExemptMarking } from './find-exempt-marking.js';

// Scottish reports name author, committee and meeting in one line: "Report by Executive Director (Education)
// to Education Committee on 5 March 2025"; English packs print "Report of the Head of … to the … Committee on <date>".
const reportByLine = /^report (?:by|of|from)\s+(.+?)\s+to\s+(?:the\s+)?(.+?)\s*(?:\bon\b|[,–—-])\s*(.+)$/i;

export interface ReportByLine {
  author: string;
  body: string;
  meetingDate: string;
}

/** Reads a "Report by … to … on <date>" line; only a line that ends on the meeting's date counts. */
export function readReportByLine(clean: string): ReportByLine | undefined {
  const match = reportByLine.exec(clean);
  if (!match) return undefined;
  const date = findFirstDate(match[3]!);
  if (!date || match[3]!.slice(date.index + date.length).trim().length > 2) return undefined;
  return { author: match[1]!.trim(), body: match[2]!.trim(), meetingDate: date.iso };
}

// The facts that make a block of labels a report's cover rather than an agenda's "Date: / Time: / Venue:".
const namingFields: CoverField[] = ['body', 'title', 'author'];
const reportToLabel = /^report\s+to\s*:/i;
// A cover's labels sit within this many non-empty lines (an author list or a wrapped title runs long).
const blockLines = 16;
const maxWrappedLines = 2;

/**
 * Where a report's cover sheet starts: the first of a block of labelled lines ("Report to: / Date of meeting: /
 * Report of: / Title: / Key decision: / Exempt:") that names at least two of the body, the title and the author
 * and gives three facts in all; or the title above a Scottish "Report by … to … on <date>" line. Returns the
 * line index the report starts at.
 */
export function findCoverSheetStart(lines: Line[], index: number): number | undefined {
  const clean = lines[index]!.clean;
  if (readReportByLine(clean)) return titleLineAbove(lines, index) ?? index;
  if (/^From\s*:/i.test(clean)) {
    // The English county form, kept as it always was read: "From:" with "To:" and "Subject:" below.
    const window = nonEmptyLines(lines, index + 1, 14).map((next) => next.clean);
    if (window.some((next) => /^To\s*:/i.test(next)) && window.some((next) => /^Subject\s*:/i.test(next))) return index;
  }
  if (!readCoverLabel(clean, lines[index]!.raw)) return undefined;
  if (insideBlock(lines, index)) return undefined;
  const fields = new Set<CoverField>();
  let unlabelled = 0;
  for (const line of [lines[index]!, ...nonEmptyLines(lines, index + 1, blockLines)]) {
    const label = readCoverLabel(line.clean, line.raw);
    // A value wraps over a line or two; more prose than that ends the block (a letter's "Date:" above a sheet).
    unlabelled = label ? 0 : unlabelled + 1;
    if (unlabelled > maxWrappedLines) break;
    if (label && label.field !== 'other') fields.add(label.field);
  }
  const naming = namingFields.filter((field) => fields.has(field)).length;
  // "Report to: <committee>" over "Date: <day>" with the title in large type and no label: the label itself says
  // a report starts, where an agenda's "Committee:" would not.
  const saysReport = reportToLabel.test(clean) && fields.has('body') && fields.has('meetingDate');
  return (naming >= 2 && fields.size >= 3) || saysReport ? (markingAbove(lines, index) ?? index) : undefined;
}

// A report's exempt marking printed over its labels ("NOT FOR PUBLICATION" / "by virtue of paragraph 3 of Part 1
// of Schedule 12A …", "CONFIDENTIAL", "Part II – Exempt"): the report's own, so it starts the report, and the
// report before it in a pack does not end with it.
const markingOpener = /^(?:not for publication|exempt\b|confidential\b|private and confidential|part (?:2|ii|b)\b)/i;

/** The first line of an exempt marking on the one or two lines just above a cover's labels. */
function markingAbove(lines: Line[], index: number): number | undefined {
  const above: Line[] = [];
  for (let back = index - 1; back >= 0 && above.length < 2; back -= 1) {
    if (lines[back]!.clean !== '') above.unshift(lines[back]!);
  }
  for (const [position, line] of above.entries()) {
    const marking = above.slice(position).map((next) => next.clean);
    if (markingOpener.test(line.clean) && findExemptMarking(marking.join('\n')) === true) return line.index;
  }
  return undefined;
}

/**
 * Whether a label continues a block that started above: a label sits just above (a value wraps over a line or
 * two), or an author list runs down to it ("From: Name, post" then one name a paragraph).
 */
function insideBlock(lines: Line[], index: number): boolean {
  let unlabelled = 0;
  for (let back = index - 1; back >= Math.max(0, index - blockLines); back -= 1) {
    const clean = lines[back]!.clean;
    if (clean === '') continue;
    if (readReportByLine(clean)) return true;
    const label = readCoverLabel(clean, lines[back]!.raw);
    if (label) return unlabelled <= maxWrappedLines || label.field === 'author';
    if (/^\d+(?:\.\d+)*\.?\s/.test(clean)) return false;
    unlabelled += 1;
  }
  return false;
}

/**
 * The report's title printed just above a "Report by" line, when the line above is not the council's name, nor
 * a row of the pack's index of pages ("Library Opening Hours <tab> 4") whose report starts here.
 */
function titleLineAbove(lines: Line[], index: number): number | undefined {
  for (let back = index - 1; back >= Math.max(0, index - 3); back -= 1) {
    const clean = lines[back]!.clean;
    if (clean === '') continue;
    const isTitle =
      clean.length <= 150 && !/[.,:;]$/.test(clean) && !/\t/.test(lines[back]!.raw) && !findCommitteeHeading(clean);
    return isTitle ? back : undefined;
  }
  return undefined;
}

function nonEmptyLines(lines: Line[], from: number, count: number): Line[] {
  const found: Line[] = [];
  for (let index = from; index < lines.length && found.length < count; index += 1) {
    if (lines[index]!.clean !== '') found.push(lines[index]!);
  }
  return found;
}

import { findFirstDate } from '../../src/core/dates.js';
import type { Line } from '../../src/core/lines.js';
import type { ReportDetail } from '../../src/core/paper.js';
import { findExemptMarking } from './find-exempt-marking.js';

export interface DecisionRecord {
  detail: ReportDetail;
  /** Who takes the decision ("Cabinet", "Cabinet Member for Education"). */
  committee?: string;
  /** Index of the last line of the record's labelled fields: the reasons and background follow. */
  lastLineIndex: number;
  /** The day the decision was taken, as its "Date of decision:" line prints it. */
  decidedOn?: string;
}

/** "KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION", "RECORD OF EXECUTIVE DECISION", "Record of Decision". */
const decisionRecordHeading =
  /^(?!(?:appendix|annex)\b)(?:[A-Z][A-Za-z .&'’-]{2,60}\s[-–—]\s)?(?:proposed\s+|draft\s+)?record\s+of\s+(?:an?\s+)?(?:(?:key|executive|officer|individual|cabinet member)\s+)?decisions?\s*:?$/i;
// How far below its heading a record's first labelled field may sit.
const fieldWindow = 15;

// A council's name and a publication note may sit above the heading ("HARWICK DISTRICT COUNCIL" / "RECORD OF
// OFFICER DECISION"): how many printed lines of a part's head are searched for it.
const headingWindow = 3;

/** The index in lines of a record-of-decision heading among the first printed lines of a part, if any. */
export function findDecisionRecordStart(lines: Line[]): number | undefined {
  const printed = lines.filter((line) => line.clean !== '').slice(0, headingWindow);
  const heading = printed.find((line) => isDecisionRecordStart(lines, lines.indexOf(line)));
  return heading ? lines.indexOf(heading) : undefined;
}

/** A record-of-decision heading with the record's labelled fields below it (a list naming one does not count). */
export function isDecisionRecordStart(lines: Line[], index: number): boolean {
  if (!decisionRecordHeading.test(lines[index]!.clean)) return false;
  return lines
    .slice(index + 1, index + 1 + fieldWindow)
    .some((line) => labels.some(([field, pattern]) => field !== 'decision' && pattern.test(line.clean)));
}

// The labels of a record-of-decision sheet, each alone on its line or with its value after the colon.
const labels: [keyof Fields, RegExp][] = [
  ['takenBy', /^decision (?:to be )?(?:taken|made) by\s*:?\s*/i],
  ['number', /^(?:decision|forward plan)\s+(?:no|number|ref(?:erence)?)\.?\s*:?\s*/i],
  ['title', /^(?:subject matter\s*\/\s*)?title of (?:the )?decision\s*:?\s*|^subject(?: matter)?\s*:\s*/i],
  ['decision', /^decision(?: taken| made)?\s*:\s*/i],
  ['reasons', /^reasons?(?:\(s\))? for (?:the )?decision\s*:?\s*/i],
  ['keyDecision', /^key decision\s*:?\s*/i],
];

// "Date of decision: 15 April 2034", "Decision date: …" (not "Date of publication", nor a call-in deadline); a
// decision's front sheet typed as a markdown table puts the label in its own cell ("| Date of decision | …").
const decidedOnLabel = /^(?:\|\s*)?(?:date of (?:the )?decision|decision date|date decision (?:taken|made))\s*[:|]/i;

/** The day a "Date of decision:" line among lines says the decision was taken, if one does. */
export function findDecidedOn(lines: Line[]): string | undefined {
  const decidedLine = lines.find((line) => decidedOnLabel.test(line.clean));
  return decidedLine ? findFirstDate(decidedLine.clean)?.iso : undefined;
}

interface Fields {
  takenBy: string[];
  number: string[];
  title: string[];
  decision: string[];
  reasons: string[];
  keyDecision: string[];
}

/**
 * Reads a record-of-decision sheet: who decides, the decision number, its title and the decision itself. The
 * letterhead above the heading names the council, never the paper.
 */
export function parseDecisionRecord(lines: Line[]): DecisionRecord {
  const fields: Partial<Fields> = {};
  let current: keyof Fields | undefined;
  let lastLineIndex = lines[0]?.index ?? 0;
  for (const line of lines.slice(1)) {
    const label = labels.find(([, pattern]) => pattern.test(line.clean));
    if (label) {
      // The reasons open the body: the sheet's fields end there.
      if (label[0] === 'reasons') break;
      current = label[0];
      const inline = line.clean.replace(label[1], '').trim();
      fields[current] = inline ? [inline] : [];
      lastLineIndex = line.index;
      continue;
    }
    if (!current || line.clean === '') continue;
    // One-line fields take one value line; the decision runs on until the reasons.
    if (current !== 'decision' && (fields[current]?.length ?? 0) > 0) {
      current = undefined;
      continue;
    }
    fields[current]!.push(line.clean);
    lastLineIndex = line.index;
  }
  const cover = lines
    .filter((line) => line.index <= lastLineIndex)
    .map((line) => line.clean)
    .join('\n');
  const decision = fields.decision?.join(' ').trim();
  // An officer's or a single member's decision meets nowhere: the day it was taken, printed below its reasons, dates it.
  const decidedOn = findDecidedOn(lines);
  return {
    detail: {
      title: fields.title?.join(' ').trim() || 'Record of decision',
      exempt: findExemptMarking(cover),
      ...(fields.number?.[0] ? { decisionNumber: fields.number[0] } : {}),
      ...(decision ? { recommendations: decision } : {}),
    },
    committee: fields.takenBy?.[0],
    lastLineIndex,
    ...(decidedOn ? { decidedOn } : {}),
  };
}

import { titleCase } from '../../src/core/committee-names.js';
import type { Line } from '../../src/core/lines.js';
import type { Section } from '../../src/core/paper.js';
import type { HeadMeeting } from './find-head-meeting.js';
import { findMeetingDate } from './find-meeting-date.js';
import { trimEnd } from './parse-minutes.js';

// A US or Canadian resolution: "RESOLUTION NO. 2037-118" over its "WHEREAS" recitals and "NOW, THEREFORE, BE IT
// RESOLVED by the Board of Commissioners of …", closed by the day it was adopted.
const resolutionNumber = /^resolution\s+(?:no\.?|number|#)\s*([\w-]+)$/i;
// The clause names the body in title case or, as many cities print the whole clause, in capitals ("BE IT RESOLVED BY
// THE CITY COUNCIL OF THE CITY OF MILLBROOK").
const eitherCase = (words: string): string =>
  words
    .split('|')
    .flatMap((word) => [word, word.toUpperCase()])
    .join('|');
const resolvedBy = new RegExp(
  String.raw`\bBE\s+IT\s+(?:FURTHER\s+)?RESOLVED,?\s+(?:by|BY)\s+(?:the|THE)\s+((?:[\p{Lu}][\p{L}'’-]*\s+){0,4}?(?:${eitherCase('Board|Council|Commission|Committee|Assembly|Legislature')})(?:\s+(?:of|OF)\s+(?:(?:County|COUNTY)\s+)?(?:${eitherCase('Commissioners|Supervisors|Directors|Trustees|Aldermen|Selectmen|Selectboard|Education|Health')}))?)\b`,
  'u',
);
// "ADOPTED this 23rd day of June, 2037.", "PASSED AND ADOPTED by the City Council on June 23, 2037".
const adoptedLine = /^(?:(?:duly\s+)?(?:passed|approved)(?:,|\s+and)?\s+)*(?:and\s+)?adopted\b(.*)$/i;

/**
 * A resolution filed on its own is the record of the meeting that adopted it: the body that resolved (from its
 * "BE IT RESOLVED by the …" clause) on the day its adoption line gives. Without all three — a number, that clause
 * and a dated adoption — it is no resolution read here.
 */
export function findResolutionAdoption(lines: Line[]): HeadMeeting | undefined {
  const numbered = lines.slice(0, 20).find((line) => resolutionNumber.test(line.clean));
  if (!numbered) return undefined;
  const named = lines.map((line) => resolvedBy.exec(line.clean)?.[1]).find((name) => name !== undefined);
  const committee = named === named?.toUpperCase() && named ? titleCase(named) : named;
  const meetingDate = lines
    .map((line) => adoptedLine.exec(line.clean)?.[1])
    .map((rest) => (rest === undefined ? undefined : findMeetingDate(rest)))
    .find((date) => date !== undefined);
  if (!committee || !meetingDate) return undefined;
  const number = resolutionNumber.exec(numbered.clean)![1]!;
  return { committee, meetingDate, title: `Resolution No. ${number}` };
}

// The recitals give the grounds ("WHEREAS, the survey found …; and"); the clause "NOW, THEREFORE, BE IT RESOLVED"
// opens what was resolved, its numbered sections ("Section 1. Paid parking is authorized …") and the vote.
const recital = /^WHEREAS\b/i;
const enactingClause = /^(?:NOW,?\s+)?(?:THEREFORE,?\s+)?BE\s+IT\s+(?:FURTHER\s+)?RESOLVED\b/i;

/**
 * A filed resolution's sections: its title block, its recitals as one section, and what it resolved as a Resolved
 * section, so a question on what was resolved is answered from the resolving clauses, not from the grounds recited.
 * Undefined without an enacting clause.
 */
export function resolutionSections(text: string, lines: Line[], titleHeading: string): Section[] | undefined {
  const enacting = lines.findIndex((line) => enactingClause.test(line.clean));
  if (enacting < 0) return undefined;
  const firstRecital = lines.findIndex((line, index) => index < enacting && recital.test(line.clean));
  const resolvedStart = lines[enacting]!.start;
  const recitalsStart = firstRecital < 0 ? resolvedStart : lines[firstRecital]!.start;
  const sections: Section[] = [
    { heading: titleHeading, start: lines[0]!.start, end: trimEnd(text, lines[0]!.start, recitalsStart) },
    { heading: 'Recitals', start: recitalsStart, end: trimEnd(text, recitalsStart, resolvedStart) },
    { heading: 'Resolved', start: resolvedStart, end: lines.at(-1)!.end },
  ];
  return sections.filter((section) => text.slice(section.start, section.end).trim() !== '');
}

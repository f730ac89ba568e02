import { placeWords } from '../../src/core/authority-names.js';
import { findFirstDate } from '../../src/core/dates.js';
import type { Line } from '../../src/core/lines.js';
import { findCommitteeHeading, findCommitteeName } from './find-committee.js';

export interface HeadMeeting {
  /** The body under the council's name ("Cabinet", "Children and Young People Scrutiny Committee"). */
  committee: string;
  meetingDate: string;
  /** The paper's own title, the first line under the day that is not an agenda item number. */
  title?: string;
}

// The head of a paper: the council, the body, the day, then the paper's own title.
const headLines = 8;
// "Thursday 7 September 2034 at 6.30 pm", "Tuesday, 10 October 2034": a line that is a day and nothing else.
const dayLine =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+,?\s+\d{4}(?:,?\s+(?:at|from)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?)?\.?$/iu;

/**
 * A supplementary agenda or a report sent to a meeting heads its first page with the body that meets and the day
 * it meets, each on its own line ("CABINET" / "Thursday 7 September 2034 at 6.30 pm"): that body and day are the
 * paper's, though no agenda or minutes layout follows. A date in a sentence, or a day under no body, is not.
 */
export function findHeadMeeting(lines: Line[]): HeadMeeting | undefined {
  const printed = lines.filter((line) => line.clean !== '').slice(0, headLines);
  const opening = printed[0] && readMeetingLine(printed[0].clean);
  if (opening) return opening;
  for (const [position, line] of printed.entries()) {
    const dashed = readDashedMeetingLine(line.clean);
    if (dashed) return dashed;
    if (position === 0 || !dayLine.test(line.clean)) continue;
    const heading = findCommitteeHeading(printed[position - 1]!.clean);
    const meetingDate = findFirstDate(line.clean)?.iso;
    if (heading?.rest !== '' || !meetingDate || isCouncilLetterhead(heading.name)) continue;
    const title = lines
      .filter((candidate) => candidate.index > line.index && candidate.clean !== '')
      .find((candidate) => !/^(?:agenda\s+)?item\s+(?:no\.?\s*)?\d+$/i.test(candidate.clean))?.clean;
    return { committee: heading.name, meetingDate, ...(title ? { title: title.slice(0, 100) } : {}) };
  }
  return undefined;
}

// "Stowbridge Town Council, Environment Committee, meeting of 6 April 2032.": the body and its day on one line.
const meetingLine = /^(?:.{3,80}?,\s+)?(.{3,80}?),?\s+(?:meeting\s+(?:of|on|held\s+on)|held\s+on)\s+(.{6,50}?)\.?$/i;

/** A paper's first line naming the body that met and the day, and nothing else. */
function readMeetingLine(clean: string): HeadMeeting | undefined {
  return readBodyAndDay(meetingLine.exec(clean));
}

// "Children and Young People Scrutiny Committee – 9 March 2033": the body, a dash, and the day it meets.
const dashedLine = /^(.{3,80}?)\s+[–—-]\s+(.{6,50}?)\.?$/;

/**
 * A report's head naming the body it goes to and the day on one line, set apart by a dash, as some councils print
 * it under their name: the body must be the whole of the part before the dash, and the day the whole of the rest.
 */
function readDashedMeetingLine(clean: string): HeadMeeting | undefined {
  return readBodyAndDay(dashedLine.exec(clean));
}

/** The body a line's first group names, whole, and the day its second group is, whole; else nothing. */
function readBodyAndDay(match: RegExpExecArray | null): HeadMeeting | undefined {
  if (!match || !dayLine.test(match[2]!)) return undefined;
  const body = match[1]!.trim();
  const committee = findCommitteeName(body);
  const meetingDate = findFirstDate(match[2]!)?.iso;
  if (committee?.toLowerCase() !== body.toLowerCase() || !meetingDate || isCouncilLetterhead(committee))
    return undefined;
  return { committee, meetingDate };
}

/** "Westholm Borough Council": the council's own name over a letter's date, not a body meeting on that day. */
function isCouncilLetterhead(name: string): boolean {
  return /\bcouncil$/i.test(name) && placeWords(name).length > 0;
}

import type { Line } from '../../src/core/lines.js';
import type { HeadMeeting } from './find-head-meeting.js';
import { findMeetingDate } from './find-meeting-date.js';

// A US or Canadian resolution: "RESOLUTION NO. 2037-118" over its "WHEREAS" recitals and "NOW, THEREFORE, BE IT
// RESOLVED by the Board of Commissioners of …", closed by the day it was adopted.
const resolutionNumber = /^resolution\s+(?:no\.?|number|#)\s*([\w-]+)$/i;
const resolvedBy =
  /\bBE\s+IT\s+(?:FURTHER\s+)?RESOLVED,?\s+by\s+the\s+((?:[\p{Lu}][\p{L}'’-]*\s+){0,4}?(?:Board|Council|Commission|Committee|Assembly|Legislature)(?:\s+of\s+(?:County\s+)?(?:Commissioners|Supervisors|Directors|Trustees|Aldermen|Selectmen|Selectboard|Education|Health))?)\b/u;
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
  const committee = lines.map((line) => resolvedBy.exec(line.clean)?.[1]).find((name) => name !== undefined);
  const meetingDate = lines
    .map((line) => adoptedLine.exec(line.clean)?.[1])
    .map((rest) => (rest === undefined ? undefined : findMeetingDate(rest)))
    .find((date) => date !== undefined);
  if (!committee || !meetingDate) return undefined;
  const number = resolutionNumber.exec(numbered.clean)![1]!;
  return { committee, meetingDate, title: `Resolution No. ${number}` };
}

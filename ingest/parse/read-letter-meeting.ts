import { titleCase } from '../../src/core/committee-names.js';
import { findFirstDate } from '../../src/core/dates.js';
import type { Line } from '../../src/core/lines.js';

// "To: Members of the Eskervale Town Council Finance and General Purposes Committee": a letter's addressees.
const addressedTo =
  /^to\s*:?\s*(?:all\s+)?(?:the\s+)?members\s+of\s+(?:the\s+)?(.{3,100}?\b(?:committee|sub-committee|panel|board|cabinet|commission|forum))\.?$/i;
// "Grasslands Town Council Finance Committee": the council's name printed before its committee's.
const councilPrefix =
  /^(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:town|parish|community|district|borough|county|city)\s+council\s+/iu;
const salutation = /^Dear\s+\S/i;
// "Public Toilets at Cobble Quay – Meeting of 15 April 2031": the meeting the letter is written for.
const meetingOf = /\bmeeting\s+(?:of|on)\s+(.+)$/i;

export interface LetterMeeting {
  committee: string;
  meetingDate: string | null;
}

/**
 * A report written as a letter to a committee's members: the committee it is addressed to ("To: Members of …")
 * and the meeting the heading under its greeting names ("… – Meeting of 15 April 2031"). The date in the
 * letter's reference block is when it was written, not when the committee meets, so it is never read.
 */
export function readLetterMeeting(lines: Line[]): LetterMeeting | undefined {
  const opening = lines.slice(0, 30);
  const greeting = opening.findIndex((line) => salutation.test(line.clean));
  if (greeting === -1) return undefined;
  const addressee = opening
    .slice(0, greeting)
    .map((line) => addressedTo.exec(line.clean)?.[1])
    .find((name) => name !== undefined);
  if (!addressee) return undefined;
  const committee = addressee.replace(councilPrefix, '');
  const heading = opening.slice(greeting + 1).find((line) => line.clean !== '');
  const when = heading ? meetingOf.exec(heading.clean)?.[1] : undefined;
  const date = when ? findFirstDate(when) : undefined;
  // Only a heading that ends on the date names the meeting ("… of 15 April 2031"), not a date inside a phrase.
  const meetingDate = date && when!.slice(date.index + date.length).trim().length <= 2 ? date.iso : null;
  return { committee: committee === committee.toUpperCase() ? titleCase(committee) : committee, meetingDate };
}

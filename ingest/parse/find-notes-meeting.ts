import type { Line } from '../../src/core/lines.js';
import type { HeadMeeting } from './find-head-meeting.js';
import { findMeetingDate } from './find-meeting-date.js';

// Notes typed in a shared document and exported as markdown: "# Kestrel Quay Partnership – working group notes",
// then "**Date:** 04/03/2031" among the fields under the title.
const notesTitle = /^(.{3,80}?)\s*(?:[–—:|-]\s*(?:[\p{L}'’-]+\s+){0,3}?|\s)(?:meeting\s+)?(?:notes|minutes)$/iu;
const bodyWord =
  /\b(?:committee|commission|board|panel|forum|partnership|group|trust|steering|network|alliance|association|council)$/i;
const dateField = /^(?:date|meeting date|date of meeting)\s*:\s*(.+)$/i;
const fieldLines = 8;
// "Millbrook Surgery Patient Participation Group (PPG)" over "Notes of meeting – 22nd April 2032, 6pm, …": the
// body named alone (its initials in brackets after it), the notes' own line under it opening with the day.
const initialsAfter = /\s*\(\p{Lu}{2,6}\)$/u;
const notesOfMeeting = /^(?:notes|minutes|record)\s+of\s+(?:the\s+)?meeting\s*(?:held\s+on\s+|[–—:-]\s*)(.+)$/i;

/**
 * The body whose notes they are, from the title, and the day from the "Date:" field just under it. A title that
 * names no body, or notes with no dated field, are not read as a meeting.
 */
export function findNotesMeeting(lines: Line[]): HeadMeeting | undefined {
  const printed = lines.filter((line) => line.clean !== '');
  const underBody = notesUnderBody(printed);
  if (underBody) return underBody;
  const title = printed[0] && notesTitle.exec(printed[0].clean);
  const committee = title ? title[1]!.trim() : undefined;
  if (!committee || !bodyWord.test(committee)) return undefined;
  const meetingDate = printed
    .slice(1, fieldLines)
    .map((line) => dateField.exec(line.clean)?.[1])
    .map((value) => (value === undefined ? undefined : findMeetingDate(value)))
    .find((date) => date !== undefined);
  return meetingDate ? { committee, meetingDate, title: printed[0]!.clean } : undefined;
}

/** A body's name over "Notes of meeting – <day>, <time>, <venue>": that body met on that day. */
function notesUnderBody(printed: Line[]): HeadMeeting | undefined {
  const [title, notes] = printed;
  const committee = title?.clean.replace(initialsAfter, '').trim();
  const day = notes && notesOfMeeting.exec(notes.clean)?.[1];
  if (!committee || committee.length > 80 || !bodyWord.test(committee) || !day) return undefined;
  // The day opens the line: "Notes of meeting – 22nd April 2032"; a date further on is some other day's.
  const meetingDate = findMeetingDate(day.slice(0, 40));
  return meetingDate ? { committee, meetingDate, title: title!.clean } : undefined;
}

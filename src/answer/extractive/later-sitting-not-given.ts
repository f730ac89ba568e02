import { findDates } from '../../core/dates.js';
import { mentionsNextMeeting } from '../../core/next-meeting.js';

export interface DatedLine {
  text: string;
  /** The ISO date of the sitting whose paper prints the line, null when the paper has none. */
  meetingDate: string | null;
}

/**
 * "When is the next meeting of the SPC?" answered only by the record's own heading ("held on Monday 3rd December,
 * 2018 at 2 PM"): that is the day of the meeting reported, and quoting it reads as the next one, which the papers do
 * not give. Judged only when every quoted line prints its own paper's day and speaks of no next or further sitting
 * and no later day; other lines are left to the other checks, and an undated paper's lines cannot be judged.
 */
export function omitsLaterSitting(nextMeetingAsked: boolean, lines: DatedLine[]): boolean {
  if (!nextMeetingAsked || lines.length === 0) return false;
  return lines.every(({ text, meetingDate }) => {
    if (meetingDate === null || mentionsNextMeeting(text)) return false;
    // A converted record prints its heading in bold pieces ("**MONDAY 3RD** **DECEMBER, 2018**"): read without the marks.
    const days = findDates(text.replace(/[*_]+/g, '')).map(({ iso }) => iso);
    return days.includes(meetingDate) && days.every((iso) => iso <= meetingDate);
  });
}

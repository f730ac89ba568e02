import { findDates } from '../../core/dates.js';
import { mentionsNextMeeting } from '../../core/next-meeting.js';

export interface DatedLine {
  text: string;
  /** The ISO date of the sitting whose paper prints the line, null when the paper has none. */
  meetingDate: string | null;
}

/**
 * "When is the next meeting of the SPC?" answered by lines that name no later sitting: the record's own heading
 * ("held on Monday 3rd December, 2018 at 2 PM") is the day of the meeting reported, and quoting it reads as the
 * next one, which the papers do not give. A line answers when it speaks of the next or a further sitting, or prints a
 * day after its own paper's; an undated paper's lines cannot be judged, and pass.
 */
export function omitsLaterSitting(nextMeetingAsked: boolean, lines: DatedLine[]): boolean {
  if (!nextMeetingAsked || lines.length === 0) return false;
  return !lines.some(
    ({ text, meetingDate }) =>
      meetingDate === null || mentionsNextMeeting(text) || findDates(text).some(({ iso }) => iso > meetingDate),
  );
}

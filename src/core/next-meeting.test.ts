import { describe, expect, it } from 'vitest';
import { mentionsNextMeeting, nextMeetingSentences } from './next-meeting.js';

describe('next meeting', () => {
  it('reads the next sitting however the clerk qualifies it', () => {
    expect(mentionsNextMeeting('Date of next meeting: 4 March')).toBe(true);
    expect(mentionsNextMeeting('the next ordinary meeting of the Council will be held on 9 October')).toBe(true);
    expect(mentionsNextMeeting('adjourned to the next regular meeting on October 14')).toBe(true);
    expect(mentionsNextMeeting('the next stage of the meeting room refurbishment')).toBe(false);
  });

  it('reads the next sitting a parish clerk names by the body and how it meets', () => {
    expect(
      nextMeetingSentences('Date of next virtual Ashby Parish Council meeting: October 3rd 2012 @7.30pm.'),
    ).toEqual(['Date of next virtual Ashby Parish Council meeting: October 3rd 2012 @7']);
    expect(mentionsNextMeeting('the next item on the meeting agenda')).toBe(false);
  });

  it('returns each sentence naming it', () => {
    expect(
      nextMeetingSentences('Members thanked the clerk. The next ordinary meeting will be on 9 October 2031. Closed.'),
    ).toEqual([' The next ordinary meeting will be on 9 October 2031']);
  });

  it('takes the line under a "Date of next meeting" heading, where the date is', () => {
    expect(nextMeetingSentences('31/077 Date of next meeting\nTuesday 4 November 2031 at 7pm.')).toEqual([
      '31/077 Date of next meeting\nTuesday 4 November 2031 at 7pm.',
    ]);
  });
});

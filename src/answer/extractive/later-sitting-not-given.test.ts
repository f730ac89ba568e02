import { describe, expect, it } from 'vitest';
import { omitsLaterSitting } from './later-sitting-not-given.js';

describe('omitsLaterSitting', () => {
  const heading = {
    text: 'HELD IN THE COUNCIL CHAMBER ON MONDAY 3RD DECEMBER, 2031 at 2 PM.',
    meetingDate: '2031-12-03',
  };

  it("finds a next meeting asked answered only by the record's own day", () => {
    expect(omitsLaterSitting(true, [heading])).toBe(true);
  });

  it('accepts a line announcing the next sitting or printing a later day', () => {
    expect(
      omitsLaterSitting(true, [
        heading,
        { text: 'The next meeting is Tuesday, the 13th of February.', meetingDate: '2031-12-03' },
      ]),
    ).toBe(false);
    expect(
      omitsLaterSitting(true, [{ text: 'Members will meet again on 14 January 2032.', meetingDate: '2031-12-03' }]),
    ).toBe(false);
    expect(omitsLaterSitting(true, [{ text: 'Meeting at 7pm on 3 March 2032', meetingDate: null }])).toBe(false);
  });

  it('leaves other questions alone', () => {
    expect(omitsLaterSitting(false, [heading])).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { omitsLaterSitting } from './later-sitting-not-given.js';

describe('omitsLaterSitting', () => {
  const heading = {
    text: 'HELD IN THE COUNCIL CHAMBER ON MONDAY 3RD DECEMBER, 2031 at 2 PM.',
    meetingDate: '2031-12-03',
  };

  it("finds a next meeting asked answered only by the record's own day", () => {
    expect(omitsLaterSitting(true, [heading])).toBe(true);
    const bold = { text: '**HELD ON MONDAY 3RD** **DECEMBER, 2031 at 2 PM.**', meetingDate: '2031-12-03' };
    expect(omitsLaterSitting(true, [bold])).toBe(true);
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

  it("leaves lines that do not print the record's own day to the other checks", () => {
    const visit = { text: 'On 14th and 15th May 2031 the service had a focused visit.', meetingDate: '2031-09-17' };
    expect(omitsLaterSitting(true, [visit])).toBe(false);
    const standing = { text: 'It returns as a standing item from September.', meetingDate: '2031-07-30' };
    expect(omitsLaterSitting(true, [standing])).toBe(false);
  });

  it('leaves other questions alone', () => {
    expect(omitsLaterSitting(false, [heading])).toBe(false);
  });
});

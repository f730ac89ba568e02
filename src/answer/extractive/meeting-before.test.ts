import { describe, expect, it } from 'vitest';
import { testChunk } from '../../../test/support/test-chunk.js';
import { asksForMeetingBefore, earlierSittingLine, namedSitting } from './meeting-before.js';

describe('asksForMeetingBefore', () => {
  it('reads which sitting came before a named one, however typed', () => {
    expect(asksForMeetingBefore('which meeting of the harbour board came before the 14 may 2031 one')).toBe(true);
    expect(asksForMeetingBefore("what date was the board's meeting prior to 2 July 2031?")).toBe(true);
    expect(asksForMeetingBefore('When did the moorings panel meet before the March 2031 one?')).toBe(true);
  });

  it('leaves questions about the earlier sitting’s business, and "before" about anything else, alone', () => {
    expect(asksForMeetingBefore('What was agreed at the meeting before 14 May 2031?')).toBe(false);
    expect(asksForMeetingBefore('What did members want to see before the dredging plan goes to Cabinet?')).toBe(false);
    expect(asksForMeetingBefore('Which sitting follows the one of 14 May 2031?')).toBe(false);
  });
});

describe('namedSitting', () => {
  it('is the day typed after "before", or its whole month', () => {
    expect(namedSitting('which meeting came before the 14th May 2031 one')).toEqual({
      from: '2031-05-14',
      to: '2031-05-14',
    });
    expect(namedSitting('when did the panel meet before the march 2031 one?')).toEqual({
      from: '2031-03-01',
      to: '2031-03-31',
    });
  });
});

describe('earlierSittingLine', () => {
  const record = testChunk({
    committee: 'Harbour Board',
    meetingDate: '2031-05-14',
    text: [
      'Resolved: That the minutes of the previous meeting of the Harbour Board, held on 4th March 2031, be approved.',
      'The dredging contract would come back on 2 July 2031.',
      'Further to minute 12 of 9 January 2031, the slipway survey was received.',
    ].join('\n'),
  });

  it('is the minutes line naming the latest earlier date, not a later one or a line about other business', () => {
    const line = earlierSittingLine([record], '2031-05-14');
    expect(line?.iso).toBe('2031-03-04');
    expect(line?.segment.text).toContain('previous meeting');
  });

  it('reads only the sitting’s own papers: earlier minutes filed in its pack keep their own day', () => {
    const earlierMinutes = testChunk({
      committee: 'Harbour Board',
      meetingDate: '2031-03-04',
      text: 'Resolved: That the minutes of the meeting held on 21 January 2031 be approved.',
    });
    expect(earlierSittingLine([earlierMinutes], '2031-05-14')).toBeUndefined();
  });
});

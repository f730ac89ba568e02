import { describe, expect, it } from 'vitest';
import { testChunk } from '../../../test/support/test-chunk.js';
import { asksForMeetingAfter, laterSittingLine, sittingNamedAfter } from './meeting-after.js';

describe('asksForMeetingAfter', () => {
  it('reads which sitting came after a named one, however typed', () => {
    expect(
      asksForMeetingAfter(
        'which meeting did the harbour board hold straight after the 4 march 2031 one',
        'Harbour Board',
      ),
    ).toBe(true);
    expect(asksForMeetingAfter('when did the committee meet after 14 May 2031?')).toBe(true);
    expect(asksForMeetingAfter('what date was the meeting following the March 2031 one')).toBe(true);
  });

  it('leaves the later sitting’s business, and "after" about anything else, alone', () => {
    expect(asksForMeetingAfter('What was agreed at the meeting after 14 May 2031?')).toBe(false);
    expect(asksForMeetingAfter('when did the committee meet after the flood?')).toBe(false);
    expect(asksForMeetingAfter('Which meeting came before the 14 May 2031 one?')).toBe(false);
  });

  it("leaves another body's sitting, which the papers only report, alone unless that body's papers are held", () => {
    const question = 'When was the Slipway Users Forum due to meet after its March 2031 meeting?';
    expect(asksForMeetingAfter(question)).toBe(false);
    expect(asksForMeetingAfter(question, 'Slipway Users Forum')).toBe(true);
  });

  it('names the day or month typed after "after"', () => {
    expect(sittingNamedAfter('when did the board meet after the march 2031 one')).toEqual({
      from: '2031-03-01',
      to: '2031-03-31',
    });
  });
});

describe('laterSittingLine', () => {
  const named = { from: '2031-03-04', to: '2031-03-04' };
  const panelUpdate = testChunk({
    committee: 'Harbour Board',
    meetingDate: '2031-03-04',
    minuteTitle: 'Slipway Users Forum - Update',
    text: 'The Forum met in February. The next meeting would be held on 20 March 2031.',
  });
  const nextItem = testChunk({
    committee: 'Harbour Board',
    meetingDate: '2031-03-04',
    minuteTitle: 'Date and Time of the Next Meeting',
    text: 'Resolved: That the next meeting be held on 14 May 2031 commencing at 10am.',
  });
  const nextAgenda = testChunk({
    committee: 'Harbour Board',
    meetingDate: '2031-05-14',
    kind: 'agenda',
    text: '2. Minutes of the previous meeting held on 4 March 2031 (Pages 3 - 9)',
  });

  it("takes the named sitting's own item on its next sitting, not another body's next meeting it reports", () => {
    expect(laterSittingLine([panelUpdate, nextItem], [nextAgenda], named)?.iso).toBe('2031-05-14');
    expect(laterSittingLine([panelUpdate, nextItem], [], named)?.segment.text).toContain('14 May 2031');
    expect(laterSittingLine([panelUpdate], [], named)).toBeUndefined();
  });

  it("failing an announcement, reads the next sitting's approval of the named sitting's minutes", () => {
    const line = laterSittingLine([panelUpdate], [nextAgenda], named);
    expect(line?.iso).toBe('2031-05-14');
    expect(line?.segment.text).toContain('4 March 2031');
  });
});

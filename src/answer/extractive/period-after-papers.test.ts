import { describe, expect, it } from 'vitest';
import { asksForPeriodAfterPapers } from './period-after-papers.js';

describe('asksForPeriodAfterPapers', () => {
  const pending = [
    { text: 'The harbour board agreed to respond to the dredging review by March 2032.', meetingDate: '2032-01-12' },
  ];

  it('finds what happened in a month or year after every quoted paper was written', () => {
    expect(asksForPeriodAfterPapers('what was the vote at the harbour board in march 2032 on dredging', pending)).toBe(
      true,
    );
    expect(asksForPeriodAfterPapers('what grade did the marina get at its inspection in 2033?', pending)).toBe(true);
    expect(asksForPeriodAfterPapers('how many skippers went to the dredging open day in may 2032', pending)).toBe(true);
    expect(asksForPeriodAfterPapers('who won the harbour board chair contest in june 2032?', pending)).toBe(true);
    expect(asksForPeriodAfterPapers('who won the dredging contract retender in april 2032', pending)).toBe(true);
  });

  it('accepts a paper of that time or later, and lines of unknown date', () => {
    const later = [...pending, { text: 'The board voted 6 to 2 for dredging.', meetingDate: '2032-03-20' }];
    expect(asksForPeriodAfterPapers('what was the vote at the harbour board in march 2032', later)).toBe(false);
    expect(asksForPeriodAfterPapers('what was the vote at the harbour board in january 2032', pending)).toBe(false);
    const undated = [{ text: 'The board voted 6 to 2 for dredging.', meetingDate: null }];
    expect(asksForPeriodAfterPapers('what was the vote at the harbour board in march 2032', undated)).toBe(false);
  });

  it('leaves what was planned or due then, and "when", alone', () => {
    expect(asksForPeriodAfterPapers('what was planned for the harbour board in march 2032', pending)).toBe(false);
    expect(asksForPeriodAfterPapers('what is the harbour board due to decide in march 2032', pending)).toBe(false);
    expect(asksForPeriodAfterPapers('when was the harbour board meeting in march 2032', pending)).toBe(false);
    expect(asksForPeriodAfterPapers('where was the dredging review going in march 2032', pending)).toBe(false);
    expect(asksForPeriodAfterPapers('what was going on with dredging in march 2032', pending)).toBe(true);
    expect(asksForPeriodAfterPapers("what happens if the channel hasn't got dredged by 2033", pending)).toBe(false);
    expect(asksForPeriodAfterPapers('what happens if the harbour board had not dredged in 2033', pending)).toBe(false);
  });

  it('reads a day typed without its year as its occurrence nearest the newest quoted paper', () => {
    const report = [
      { text: 'The harbour budget goes to the full council on 14 April for approval.', meetingDate: '2033-02-06' },
    ];
    expect(asksForPeriodAfterPapers('how much did the full council approve on 14 april?', report)).toBe(true);
    expect(asksForPeriodAfterPapers('what did the board agree on 3rd january?', report)).toBe(false);
    expect(asksForPeriodAfterPapers('which quay did the harbour master visit on 20 december?', report)).toBe(false);
    expect(asksForPeriodAfterPapers('what is the full council due to approve on 14 april?', report)).toBe(false);
    const held = [...report, { text: 'The full council approved the harbour budget.', meetingDate: '2033-04-14' }];
    expect(asksForPeriodAfterPapers('how much did the full council approve on 14 april?', held)).toBe(false);
    const undated = [{ text: 'The harbour budget goes to council on 14 April.', meetingDate: null }];
    expect(asksForPeriodAfterPapers('how much did the full council approve on 14 april?', undated)).toBe(false);
  });
});

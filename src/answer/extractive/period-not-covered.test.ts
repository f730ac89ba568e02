import { describe, expect, it } from 'vitest';
import { asksForPeriodNotCovered } from './period-not-covered.js';

describe('asksForPeriodNotCovered', () => {
  const caseload = [
    { text: 'As of May 2033, the outreach team was working with 412 families.', meetingDate: '2033-07-02' },
  ];

  it('finds a year asked that the quoted lines and their meetings do not cover', () => {
    expect(asksForPeriodNotCovered('how many families was the outreach team working with in may 2030?', caseload)).toBe(
      true,
    );
    expect(asksForPeriodNotCovered('how big was the outreach caseload at the end of 2029?', caseload)).toBe(true);
  });

  it('accepts the year printed, a span covering it, or a meeting held in it', () => {
    expect(asksForPeriodNotCovered('how many families in may 2033?', caseload)).toBe(false);
    const span = [{ text: 'In 2029/30 the team worked with 300 families.', meetingDate: '2033-07-02' }];
    expect(asksForPeriodNotCovered('how many families in 2030?', span)).toBe(false);
    const undated = [{ text: 'The team works with 300 families.', meetingDate: '2030-03-01' }];
    expect(asksForPeriodNotCovered('how many families in march 2030?', undated)).toBe(false);
  });

  it('leaves lines printing no year, and questions asking from when, alone', () => {
    const noYear = [{ text: 'The team works with 300 families.', meetingDate: '2033-07-02' }];
    expect(asksForPeriodNotCovered('how many families in may 2030?', noYear)).toBe(false);
    expect(asksForPeriodNotCovered('how many families since 2030?', caseload)).toBe(false);
  });

  it('reads a financial year asked, and the two-digit year of a programme row', () => {
    const yearly = [
      { text: 'Falls and scalds remained the two commonest injuries in 2031/2032.', meetingDate: '2032-11-04' },
    ];
    expect(asksForPeriodNotCovered('what were the commonest injuries in 2027/2028?', yearly)).toBe(true);
    expect(asksForPeriodNotCovered('what were the commonest injuries in 2031/32?', yearly)).toBe(false);
    const report = [{ text: 'Falls remained the commonest injury.', meetingDate: '2032-11-04' }];
    expect(asksForPeriodNotCovered('what was the commonest injury in 2031-32?', report)).toBe(false);
    const row = [{ text: '14-Feb-33\tLantern festival review', meetingDate: '2032-10-01' }];
    expect(asksForPeriodNotCovered('when is the lantern festival review coming back in 2033?', row)).toBe(false);
  });

  it('reads a span printed as its own period, not as the years it shares with the span asked', () => {
    const season = [
      {
        text: 'The lakeside ferry carried 8,420 passengers in the 2041-42 season; a hearing was held on May 3, 2042.',
        meetingDate: '2042-06-15',
      },
    ];
    expect(asksForPeriodNotCovered('how many passengers did the ferry carry in the 2042-43 season?', season)).toBe(
      true,
    );
    expect(asksForPeriodNotCovered('how many passengers did the ferry carry in the 2041-42 season?', season)).toBe(
      false,
    );
    const titled = [
      {
        text: 'The plan has 310 days, 12 more than 2041/42.',
        meetingDate: '2042-03-01',
        heading: 'Ferry plan 2042/43',
      },
    ];
    expect(asksForPeriodNotCovered('how many days are in the ferry plan for 2042/43?', titled)).toBe(false);
    // A span the figure is compared with is the period before the line's own.
    const compared = [
      { text: 'In year 6, 58% met the standard, a 2% improvement with 2041/2042.', meetingDate: '2043-07-01' },
    ];
    expect(asksForPeriodNotCovered('how did year 6 results look for 2042/43?', compared)).toBe(false);
    expect(asksForPeriodNotCovered('how did year 6 results look for 2043/44?', compared)).toBe(true);
    expect(asksForPeriodNotCovered('how did year 6 results look for 2038/39?', compared)).toBe(true);
    const plan = [{ text: 'The 2040-2044 plan sets the ferry timetable.', meetingDate: '2040-02-01' }];
    expect(asksForPeriodNotCovered('what was the ferry timetable in 2042/43?', plan)).toBe(false);
  });

  it("reads a line printing no year as of the year its item's title names", () => {
    const adopted = [
      {
        text: 'After debate the proposition was put to the Vestry and ADOPTED, 28 voting in favour and 4 against.',
        meetingDate: '2041-10-02',
        heading: 'Vestry Rate 2043',
      },
    ];
    expect(asksForPeriodNotCovered('what vestry rate was fixed for 2040?', adopted)).toBe(true);
    expect(asksForPeriodNotCovered('what vestry rate was fixed for 2043?', adopted)).toBe(false);
    // A meeting held in the year asked still answers it, whatever the title's year.
    expect(asksForPeriodNotCovered('what vestry rate was fixed in 2041?', adopted)).toBe(false);
  });

  it("reads lines printing no year as of the period their passage's report covers", () => {
    const passage = 'This item considered the March 2036 to March 2037 Annual Report of the Fostering Panel.\n';
    const lines = [{ text: 'The panel had focused on three priorities.', meetingDate: '2037-10-20', passage }];
    expect(asksForPeriodNotCovered("what were the fostering panel's priorities in 2034/35?", lines)).toBe(true);
    expect(asksForPeriodNotCovered("what were the fostering panel's priorities in 2036/37?", lines)).toBe(false);
    // A year asked, or a passage stating no period, leaves them to the usual checks.
    expect(asksForPeriodNotCovered("what were the fostering panel's priorities in 2034?", lines)).toBe(false);
    const unstated = [{ ...lines[0]!, passage: 'The panel met four times.' }];
    expect(asksForPeriodNotCovered("what were the fostering panel's priorities in 2034/35?", unstated)).toBe(false);
  });

  it("finds a season's round asked that the lines, under another season's, do not cover", () => {
    const autumn = [
      {
        text: 'Riverside Food Hub — Requested: £22,500; Recommended: £22,500',
        meetingDate: '2031-12-06',
        heading: 'Community grants round – autumn 2031',
      },
    ];
    expect(asksForPeriodNotCovered('how much did the food hub get in the spring 2032 grants round?', autumn)).toBe(
      true,
    );
    expect(asksForPeriodNotCovered('how much did the food hub get in the autumn 2031 grants round?', autumn)).toBe(
      false,
    );
    expect(asksForPeriodNotCovered('how much did the food hub get in the fall 2031 round?', autumn)).toBe(false);
    // Lines printing no season leave it to the other checks.
    const plain = [{ text: 'Riverside Food Hub received £22,500.', meetingDate: '2031-12-06' }];
    expect(asksForPeriodNotCovered('how much did the food hub get in the spring 2032 grants round?', plain)).toBe(
      false,
    );
  });
  it('finds a running total asked from a start the quoted lines do not count from', () => {
    const recruited = [
      { text: 'Since April 2033 8 new volunteers have been recruited to the scheme.', meetingDate: '2033-12-05' },
    ];
    expect(asksForPeriodNotCovered('how many volunteers have been recruited since 2030?', recruited)).toBe(true);
    expect(asksForPeriodNotCovered('how many volunteers have been recruited since 2033?', recruited)).toBe(false);
    const introduced = [
      { text: '5 reviews had been conducted since the law was introduced in 2024.', meetingDate: null },
    ];
    expect(asksForPeriodNotCovered('how many reviews have been done since 2030?', introduced)).toBe(true);
    const back = [{ text: 'Within the previous 2 years call-outs have peaked in August.', meetingDate: '2033-12-05' }];
    expect(asksForPeriodNotCovered('how many call-outs each august since 2029?', back)).toBe(true);
    expect(asksForPeriodNotCovered('how many call-outs each august since 2031?', back)).toBe(false);
  });

  it('leaves a start asked alone where the lines print no start, or print the year asked', () => {
    const total = [{ text: 'The scheme has recruited 40 volunteers in total.', meetingDate: '2033-12-05' }];
    expect(asksForPeriodNotCovered('how many volunteers have been recruited since 2030?', total)).toBe(false);
    const both = [{ text: 'Since April 2033 8 more joined, after 30 in 2030.', meetingDate: '2033-12-05' }];
    expect(asksForPeriodNotCovered('how many volunteers have joined since 2030?', both)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { Chunk } from '../core/chunk.js';
import { analyzeQuestion } from './analyze-question.js';
import { rankingBoost } from './ranking-boost.js';

const now = new Date('2025-03-01T12:00:00Z');
const chunk = (overrides: Partial<Chunk>): Chunk =>
  ({
    committee: 'Improving Lives Select Commission',
    kind: 'minutes',
    meetingDate: '2024-07-30',
    text: 'Some discussion.',
    ...overrides,
  }) as Chunk;
const boost = (question: string, overrides: Partial<Chunk>, committees = 1) =>
  rankingBoost(
    chunk(overrides),
    analyzeQuestion(question, { now, committees: ['Improving Lives Select Commission', 'Cabinet'] }),
    committees,
  );

describe('rankingBoost', () => {
  it('favours the passages naming or holding the appendix, paragraph or page a question points to', () => {
    const question = 'what does appendix C of the moorings review hold?';
    expect(boost(question, { text: 'The fee schedule is set out at Appendix C.' })).toBeGreaterThan(
      boost(question, { text: 'The fee schedule is set out at Appendix A.' }),
    );
    const paragraph = 'what does paragraph 4.3 of the moorings review say?';
    expect(boost(paragraph, { text: '4.3 Berths will be let by ballot.' })).toBeGreaterThan(
      boost(paragraph, { text: '4.4 Berths will be let by ballot.' }),
    );
    expect(boost('what is on page 7 of the moorings review?', { page: 7 })).toBeGreaterThan(
      boost('what is on page 7 of the moorings review?', { page: 6 }),
    );
  });

  it('favours Resolved sections for a resolution question, and only then', () => {
    expect(boost('What was resolved about fostering?', { section: 'Resolved' })).toBeGreaterThan(
      boost('What was resolved about fostering?', {}),
    );
    expect(boost('Tell me about fostering', { section: 'Resolved' })).toBe(1);
  });

  it("puts a report's recommendation below the minutes when asked whether it was approved, and only then", () => {
    const question = 'Was the moorings fee plan approved by the board?';
    expect(
      boost(question, { kind: 'report', text: 'The board is asked to agree the moorings fee plan.' }),
    ).toBeLessThan(boost(question, { kind: 'minutes', text: 'The board discussed the moorings fee plan.' }));
    expect(boost('What does the moorings fee plan propose?', { kind: 'report' })).toBe(1);
    expect(boost('What was the result of the moorings inspection?', { kind: 'report' })).toBe(
      boost('What was the result of the moorings inspection?', { kind: 'minutes' }),
    );
    expect(boost('can the moorings fee decision be called in?', { kind: 'report' })).toBe(
      boost('can the moorings fee decision be called in?', { kind: 'minutes' }),
    );
  });

  it("weighs down the item approving the last meeting's minutes unless the question is about minutes", () => {
    const approval = { minuteTitle: 'Adoption of minutes from the meeting of 17 June' };
    expect(boost('When does the commission meet again?', approval)).toBeLessThan(
      boost('When does the commission meet again?', { minuteTitle: 'Forward plan' }),
    );
    expect(boost('Were the minutes of the March meeting approved?', approval)).toBe(
      boost('Were the minutes of the March meeting approved?', { minuteTitle: 'Forward plan' }),
    );
  });

  it("favours a report's financial implications for a question about money, and only then", () => {
    const finance = { kind: 'report' as const, section: '5. Financial Implications' };
    const legal = { kind: 'report' as const, section: '6. Legal Implications' };
    expect(boost('How will the new cycle lanes be paid for?', finance)).toBeGreaterThan(
      boost('How will the new cycle lanes be paid for?', legal),
    );
    expect(boost('Where will the new cycle lanes run?', finance)).toBe(
      boost('Where will the new cycle lanes run?', legal),
    );
  });

  it("favours the passage naming a report's author for a who-wrote question", () => {
    expect(
      boost('Who wrote the report on libraries?', { text: 'Report Author: Jo Bloggs, Head of Libraries' }),
    ).toBeGreaterThan(
      boost('Who wrote the report on libraries?', { text: 'The libraries strategy was consulted on.' }),
    );
  });

  it('lets the committee named outweigh the wording where every meeting has the same item', () => {
    const committees = ['Borough Council', 'Cabinet'];
    const weigh = (question: string, committee: string) =>
      rankingBoost(chunk({ committee }), analyzeQuestion(question, { now, committees }), committees.length);
    const procedural = weigh('Which members declared interests when the full council met?', 'Borough Council');
    const topical = weigh('What did the full council decide on bus lanes?', 'Borough Council');
    expect(procedural).toBeGreaterThan(topical);
    expect(topical).toBeGreaterThan(weigh('What did the full council decide on bus lanes?', 'Cabinet'));
  });

  it('favours the attendance section for an attendance question', () => {
    expect(boost('Who sent apologies?', { section: 'Attendance' })).toBeGreaterThan(boost('Who sent apologies?', {}));
  });

  it('favours agendas that name the next meeting', () => {
    const agenda = boost('When is the next meeting?', {
      kind: 'agenda',
      text: 'The next meeting will be held on 4 March 2025.',
    });
    expect(agenda).toBeGreaterThan(boost('When is the next meeting?', { kind: 'agenda' }));
    expect(boost('When is the next meeting?', { kind: 'agenda' })).toBeGreaterThan(
      boost('When is the next meeting?', {}),
    );
  });

  it('favours meetings inside the asked range, most of all the day named', () => {
    const question = 'What was said about fostering on 30 July 2024?';
    const sameDay = boost(question, {});
    const otherDay = boost(question, { meetingDate: '2024-09-17' });
    const mentioned = boost(question, { meetingDate: '2024-09-17', text: 'On 30 July 2024 the panel met.' });
    expect(sameDay).toBeGreaterThan(mentioned);
    expect(mentioned).toBeGreaterThan(otherDay);
    expect(otherDay).toBe(1);
  });

  it("weighs down another authority's passages for a question naming a place, never one whose paper does not say", () => {
    const analysis = analyzeQuestion('What was said about allotments in Wexcombe?', {
      now,
      authorities: ['Wexcombe Town Council', 'Harrowfield Parish Council'],
    });
    const of = (overrides: Partial<Chunk>) => rankingBoost(chunk(overrides), analysis, 3);
    const own = of({ committee: 'Community Committee', authority: 'Wexcombe Town Council' });
    expect(of({ committee: 'Harrowfield Parish Council' })).toBeLessThan(own);
    expect(of({ committee: 'Community Committee', authority: 'Harrowfield Parish Council' })).toBeLessThan(own);
    expect(of({ committee: 'Cabinet' })).toBe(own);
  });

  it('favours a committee named by its authority: the council named is also its committees', () => {
    const analysis = analyzeQuestion('What did Wexcombe Town Council decide about allotments?', {
      now,
      committees: ['Wexcombe Town Council', 'Community Committee'],
    });
    expect(
      rankingBoost(chunk({ committee: 'Community Committee', authority: 'Wexcombe Town Council' }), analysis, 2),
    ).toBe(rankingBoost(chunk({ committee: 'Wexcombe Town Council' }), analysis, 2));
  });

  it('favours the committee named only when several are indexed', () => {
    const question = 'What did Cabinet decide about the budget?';
    expect(boost(question, { committee: 'Cabinet' }, 2)).toBeGreaterThan(boost(question, {}, 2));
    expect(boost(question, { committee: 'Cabinet' }, 1)).toBe(boost(question, {}, 1));
  });
});

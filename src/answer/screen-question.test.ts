import { describe, expect, it } from 'vitest';
import { findImpossibleDates } from '../core/dates.js';
import type { Answer } from './answer.js';
import { screenQuestion, screenQuestions } from './screen-question.js';

describe('findImpossibleDates', () => {
  it('finds days a month does not have, leap years included', () => {
    expect(findImpossibleDates('What was resolved on 31 February 2024?')).toEqual([
      { phrase: '31 February 2024', reason: 'February 2024 has 29 days' },
    ]);
    expect(findImpossibleDates('the 29th of February 2023')).toEqual([
      { phrase: '29th of February 2023', reason: 'February 2023 has 28 days' },
    ]);
    expect(findImpossibleDates('on 31 April')).toEqual([{ phrase: '31 April', reason: 'April has 30 days' }]);
  });

  it('leaves real days and numbers that are not days alone', () => {
    expect(findImpossibleDates('29 February 2024, 31 March 2024, 30 June, 29 February')).toEqual([]);
    expect(findImpossibleDates('item 45 March 2024 and page 2 May 2023')).toEqual([]);
  });
});

describe('screenQuestion', () => {
  it('says an impossible date is impossible instead of searching', () => {
    const answer = screenQuestion({ question: 'What was resolved on 31 February 2024?' });
    expect(answer).toMatchObject({ abstained: true, citations: [] });
    expect(answer?.text).toMatch(/^There is no 31 February 2024: February 2024 has 29 days\./);
  });

  it('abstains on text with no word to search for', () => {
    for (const question of ['" OR 1=1 --', '1=1', '???', "' OR ''='"]) {
      const answer = screenQuestion({ question });
      expect(answer, question).toMatchObject({ abstained: true, citations: [] });
    }
  });

  it('lets real questions, bare dates and follow-ups through', () => {
    expect(screenQuestion({ question: 'What was resolved on elective home education?' })).toBeUndefined();
    expect(screenQuestion({ question: 'What happened on 31 October 2023?' })).toBeUndefined();
    expect(screenQuestion({ question: 'March 2024?' })).toBeUndefined();
    expect(
      screenQuestion({
        question: 'and then?',
        history: [
          { role: 'user', text: 'What was agreed about foster carers?' },
          { role: 'assistant', text: 'It was agreed…' },
        ],
      }),
    ).toBeUndefined();
  });

  it('keeps screened questions from the answerer and passes the rest on', async () => {
    const asked: string[] = [];
    const answered: Answer = { text: 'answered', citations: [], abstained: false, passages: [] };
    const answer = screenQuestions(async ({ question }) => {
      asked.push(question);
      return answered;
    });
    expect((await answer({ question: '" OR 1=1 --' })).abstained).toBe(true);
    expect(await answer({ question: 'Who chaired the meeting?' })).toBe(answered);
    expect(asked).toEqual(['Who chaired the meeting?']);
  });
});

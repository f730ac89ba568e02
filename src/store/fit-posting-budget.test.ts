import { describe, expect, it } from 'vitest';
import { fitPostingBudget } from './fit-posting-budget.js';

const postings: Record<string, number> = { elective: 400, home: 17_000, education: 20_000, children: 49_000 };
const count = (word: string) => postings[word] ?? 0;

describe('fitPostingBudget', () => {
  it('keeps the rarest words until the budget is spent', () => {
    expect(fitPostingBudget(['children', 'home', 'elective', 'education'], count, 20_000)).toEqual([
      'elective',
      'home',
    ]);
  });

  it('keeps every word of a small index', () => {
    expect(fitPostingBudget(['children', 'home', 'elective'], (word) => count(word) / 1000, 20_000)).toHaveLength(3);
  });

  it('always keeps the rarest word, however common', () => {
    expect(fitPostingBudget(['children', 'education'], count, 1000)).toEqual(['education']);
  });

  it('costs nothing for a word the index has never seen', () => {
    expect(fitPostingBudget(['zebra', 'children'], count, 1000)).toEqual(['zebra']);
  });
});

import { describe, expect, it } from 'vitest';
import { benchTopics } from './bench-topics.js';
import { shiftYears, varyQuestions } from './vary-questions.js';

const dev = [
  'What was resolved on elective home education?',
  'Who chaired the Improving Lives Select Commission meeting on 15 January 2019?',
  'How many safeguarding concerns did the Safeguarding Adults Board receive in 2022-2023?',
];
const variation = {
  count: 200,
  seed: 7,
  topics: benchTopics,
  committee: { from: 'Improving Lives Select Commission', to: ['Planning Board', 'Audit Committee'] },
  maxWeeks: 260,
};

describe('varyQuestions', () => {
  it('is deterministic for a seed and varies with it', () => {
    expect(varyQuestions(dev, variation)).toEqual(varyQuestions(dev, variation));
    expect(varyQuestions(dev, { ...variation, seed: 8 })).not.toEqual(varyQuestions(dev, variation));
  });

  it('recombines the templates with other topics, dates and committees', () => {
    const questions = varyQuestions(dev, variation);
    expect(questions).toHaveLength(200);
    expect(new Set(questions).size).toBeGreaterThan(100);
    expect(questions.some((question) => /^What was resolved on (?!elective home education)/.test(question))).toBe(true);
    const chaired = questions.filter((question) => question.startsWith('Who chaired'));
    expect(chaired.length).toBeGreaterThan(0);
    for (const question of chaired) {
      expect(question).toMatch(/^Who chaired the (Planning Board|Audit Committee) meeting on \d+ \w+ \d{4}\?$/);
    }
    expect(new Set(chaired).size).toBeGreaterThan(1);
  });
});

describe('shiftYears', () => {
  it('moves bare years but not the years of full dates', () => {
    expect(shiftYears('in 2022-2023 and on 5 December 2023, October 2023', 2)).toBe(
      'in 2024-2025 and on 5 December 2023, October 2025',
    );
    expect(shiftYears('in 2022', 0)).toBe('in 2022');
  });
});

import { describe, expect, it } from 'vitest';
import { contentTerms } from '../../core/tokenize.js';
import { secondQuestionStems } from './compound-question.js';

describe('secondQuestionStems', () => {
  it('reads the words only the second of two joined questions asks about', () => {
    const question = 'how many wardens go on the ferry rota, and how will the order be settled?';
    expect(secondQuestionStems(question, contentTerms(question))).toEqual(contentTerms('order settled'));
  });
  it('reads nothing from a question asking one thing', () => {
    const question = 'how many wardens and volunteers go on the ferry rota?';
    expect(secondQuestionStems(question, contentTerms(question))).toEqual([]);
  });
});

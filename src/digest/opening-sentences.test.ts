import { describe, expect, it } from 'vitest';
import { openingSentences } from './opening-sentences.js';

const sentence = (words: number, last: string) => `Word ${'word '.repeat(words - 2)}${last}.`;

describe('openingSentences', () => {
  it('keeps whole sentences up to the word limit and marks what was left out', () => {
    const summary = [sentence(20, 'one'), sentence(20, 'two'), sentence(30, 'three')].join(' ');
    expect(openingSentences(summary, 60)).toBe(`${sentence(20, 'one')} ${sentence(20, 'two')} …`);
  });

  it('keeps a long first sentence whole rather than cutting it', () => {
    const summary = `${sentence(80, 'long')} ${sentence(5, 'short')}`;
    expect(openingSentences(summary, 60)).toBe(`${sentence(80, 'long')} …`);
  });

  it('returns a short summary as it is', () => {
    expect(openingSentences('The scheme starts in April. It costs £2m.')).toBe(
      'The scheme starts in April. It costs £2m.',
    );
  });
});

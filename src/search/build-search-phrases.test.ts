import { describe, expect, it } from 'vitest';
import { buildSearchPhrases, intentPhrases } from './build-search-phrases.js';

describe('buildSearchPhrases', () => {
  it('takes the words, adjacent pairs as phrases, and expansions', () => {
    expect(buildSearchPhrases(['foster', 'carer', 'recruitment'], ['fostering'])).toEqual([
      'foster',
      'carer',
      'recruitment',
      'foster carer',
      'carer recruitment',
      'fostering',
    ]);
  });

  it('leaves common words out on their own but keeps them in phrases', () => {
    expect(buildSearchPhrases(['the', 'library'], [], (word) => word === 'the')).toEqual(['library', 'the library']);
  });

  it('keeps common words when nothing else would remain', () => {
    expect(buildSearchPhrases(['council'], [], () => true)).toEqual(['council']);
  });

  it('gives no phrases for no words', () => {
    expect(buildSearchPhrases([], [])).toEqual([]);
  });

  it("searches the papers' wording for what a question of a kind asks, and nothing for a general question", () => {
    expect(intentPhrases('next-meeting')).toContain('next meeting');
    expect(intentPhrases('author')).toContain('report author');
    expect(intentPhrases('general')).toEqual([]);
  });
});

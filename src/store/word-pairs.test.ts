import { describe, expect, it } from 'vitest';
import { stem, words } from '../core/tokenize.js';
import { pairsAndStems, phrasePairs, wordPairs } from './word-pairs.js';

describe('wordPairs', () => {
  it('joins each adjacent pair of content-word stems, stop words skipped', () => {
    expect(wordPairs('Elective home education: needs and disabilities')).toBe(
      'elect_home home_educ educ_need need_disabl',
    );
  });

  it('finds the same token for a phrase however it is inflected', () => {
    expect(phrasePairs('Home Educated')).toEqual(phrasePairs('home educating'));
    expect(wordPairs('children electively home educated')).toContain(phrasePairs('home educated')[0]);
  });

  it('gives a longer phrase as its consecutive pairs, and one word none', () => {
    expect(phrasePairs('local government association')).toEqual(['local_govern', 'govern_associ']);
    expect(phrasePairs('library')).toEqual([]);
  });
});

describe('pairsAndStems', () => {
  it("gives a text's word pairs and its distinct stems, stop words among them, in order of first appearance", () => {
    const text = 'The harbour boards met; the boards agreed a 2 year plan for the harbour and its moorings';
    const textWords = words(text);
    expect(pairsAndStems(textWords)).toEqual({
      searchPairs: wordPairs(text),
      stems: [...new Set(textWords.map((word) => stem(word)))],
    });
    expect(pairsAndStems(textWords).stems.slice(0, 4)).toEqual(['the', 'harbor', 'board', 'met']);
  });

  it('lists every stem of each text, however many earlier texts held it', () => {
    const first = words('Quarry lorries crossed the quarry bridge');
    const second = words('the bridge of lorries, the quarry');
    expect(pairsAndStems(first).stems).toEqual(['quarri', 'lorri', 'cross', 'the', 'bridg']);
    expect(pairsAndStems(second).stems).toEqual(['the', 'bridg', 'of', 'lorri', 'quarri']);
    expect(pairsAndStems(second).stems).toEqual(['the', 'bridg', 'of', 'lorri', 'quarri']);
  });

  it('gives a text of stop words no pairs but its stems', () => {
    expect(pairsAndStems(words('and then there were none of them'))).toMatchObject({ searchPairs: '' });
    expect(pairsAndStems(words('to be or not to be')).stems).toEqual(['to', 'be', 'or', 'not']);
  });
});

import { describe, expect, it } from 'vitest';
import { phrasePairs, wordPairs } from './word-pairs.js';

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

import { describe, expect, it } from 'vitest';
import { mergeRanked } from './merge-ranked.js';

describe('mergeRanked', () => {
  it('keeps each chunk at its best rank and the best few overall', () => {
    const alone = [
      { label: 1, rank: -3 },
      { label: 2, rank: -2 },
      { label: 3, rank: -1 },
    ];
    const withOthers = [
      { label: 3, rank: -5 },
      { label: 2, rank: -2.5 },
    ];
    expect(mergeRanked([alone, withOthers], 3)).toEqual([
      { label: 3, rank: -5 },
      { label: 1, rank: -3 },
      { label: 2, rank: -2.5 },
    ]);
    expect(mergeRanked([alone], 2).map((row) => row.label)).toEqual([1, 2]);
  });
});

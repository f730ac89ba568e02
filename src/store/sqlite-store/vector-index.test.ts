import { describe, expect, it } from 'vitest';
import { searchBreadth, searchEf } from './vector-index.js';

describe('searchBreadth', () => {
  it('searches a graph of up to 100,000 vectors at the usual breadth', () => {
    for (const vectors of [0, 10, 99_151, 100_000]) expect(searchBreadth(vectors)).toBe(searchEf);
  });

  it('widens a larger graph in proportion, up to four times', () => {
    expect(searchBreadth(198_215)).toBe(2030);
    expect(searchBreadth(300_000)).toBe(3 * searchEf);
    expect(searchBreadth(989_511)).toBe(4 * searchEf);
  });
});

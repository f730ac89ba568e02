import { describe, expect, it } from 'vitest';
import { quotesOnlyOtherSittings } from './other-sitting-quoted.js';

describe('quotesOnlyOtherSittings', () => {
  const day = { since: '2031-03-12', until: '2031-03-12', anchor: '2031-03-12' };

  it("refuses a named sitting's question answered only from another sitting's lines", () => {
    expect(quotesOnlyOtherSittings(day, ['2031-03-12', '2031-02-19'], ['2031-02-19'])).toBe(true);
  });

  it('accepts a line of the named sitting among the quoted ones', () => {
    expect(quotesOnlyOtherSittings(day, ['2031-03-12', '2031-02-19'], ['2031-02-19', '2031-03-12'])).toBe(false);
  });

  it('leaves a sitting the passages do not hold, a span of days and an undated question to other checks', () => {
    expect(quotesOnlyOtherSittings(day, ['2031-02-19'], ['2031-02-19'])).toBe(false);
    const march = { since: '2031-03-01', until: '2031-03-31' };
    expect(quotesOnlyOtherSittings(march, ['2031-03-12', '2031-02-19'], ['2031-02-19'])).toBe(false);
    expect(quotesOnlyOtherSittings(undefined, ['2031-03-12'], ['2031-02-19'])).toBe(false);
  });
});

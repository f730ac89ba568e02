import { describe, expect, it } from 'vitest';
import { quotesOnlyPublicComment } from './public-comment-only.js';

describe('quotesOnlyPublicComment', () => {
  it("finds lines reporting only the public's word", () => {
    expect(
      quotesOnlyPublicComment([
        { text: 'Two members of the public spoke about verge cutting on Fallow Lane.', heading: '' },
      ]),
    ).toBe(true);
    expect(
      quotesOnlyPublicComment([
        { text: 'Verge cutting on Fallow Lane was too infrequent.', heading: 'Public Participation' },
        { text: 'A resident asked when the verges would next be cut.', heading: 'Minutes' },
      ]),
    ).toBe(true);
  });

  it("accepts a line of the body's own record", () => {
    expect(
      quotesOnlyPublicComment([
        { text: 'Two members of the public spoke about verge cutting on Fallow Lane.', heading: '' },
        { text: 'The Board agreed to cut the Fallow Lane verges monthly.', heading: 'Highways' },
      ]),
    ).toBe(false);
    expect(quotesOnlyPublicComment([])).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { quotesOnlyFutureBusiness } from './future-business-only.js';

describe('quotesOnlyFutureBusiness', () => {
  it('finds lines that only list a topic for a later agenda', () => {
    expect(
      quotesOnlyFutureBusiness([{ text: '9.15pm Items for the next agenda: Pond dipping platform.', heading: '' }]),
    ).toBe(true);
    expect(
      quotesOnlyFutureBusiness([
        { text: 'Pond dipping platform; bus stop repainting.', heading: 'Future agenda items' },
      ]),
    ).toBe(true);
  });

  it("accepts a line of the body's own decision", () => {
    expect(
      quotesOnlyFutureBusiness([
        { text: 'Pond dipping platform.', heading: 'Matters for the next meeting' },
        { text: 'Resolved to build the pond dipping platform in spring.', heading: 'Village Pond' },
      ]),
    ).toBe(false);
    expect(quotesOnlyFutureBusiness([])).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { omitsAssuranceAsked } from './assurance-not-given.js';

describe('omitsAssuranceAsked', () => {
  const asked = 'what is the internal audit opinion on the Wendham leisure contract?';

  it('finds an opinion asked for answered by lines that print none', () => {
    const planned = ['The 2040/41 plan includes reviews of the Wendham leisure contract and street lighting.'];
    expect(omitsAssuranceAsked(asked, planned)).toBe(true);
    expect(omitsAssuranceAsked('what level of assurance did the fleet review give?', ['Fleet: 40 days.'])).toBe(true);
  });

  it('accepts a line that prints the opinion, and leaves other questions alone', () => {
    expect(omitsAssuranceAsked(asked, ['Wendham leisure contract | Limited assurance | 2 | 3'])).toBe(false);
    expect(omitsAssuranceAsked(asked, ['Wendham leisure contract | Reasonable | 1 low'])).toBe(false);
    expect(omitsAssuranceAsked('what did the audit plan include?', ['Reviews of street lighting.'])).toBe(false);
  });
});

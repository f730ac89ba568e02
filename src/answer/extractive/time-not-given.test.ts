import { describe, expect, it } from 'vitest';
import { omitsTimeAsked } from './time-not-given.js';

describe('omitsTimeAsked', () => {
  const design = ['Lantern Consulting Engineers had been appointed to design the slipway repairs.'];

  it('finds "when" answered by lines that tell no time', () => {
    expect(omitsTimeAsked('when does construction start on the slipway?', design)).toBe(true);
    expect(omitsTimeAsked('what date do the slipway works start?', design)).toBe(true);
  });

  it('accepts a date, a month, a season, a year or a relative time', () => {
    const asked = 'when will the slipway works start?';
    expect(omitsTimeAsked(asked, ['Works start on 4 March 2031.'])).toBe(false);
    expect(omitsTimeAsked(asked, ['A decision will be made at the November meeting.'])).toBe(false);
    expect(omitsTimeAsked(asked, ['Works are planned for the spring.'])).toBe(false);
    expect(omitsTimeAsked(asked, ['It is hoped to present the design in the short term.'])).toBe(false);
    expect(omitsTimeAsked(asked, ['The works will be completed within the next year.'])).toBe(false);
    expect(omitsTimeAsked(asked, ['The meeting closed at 9.50pm.'])).toBe(false);
    expect(omitsTimeAsked(asked, ['A decision on the works would be finalised at next Harbour Forum meeting.'])).toBe(
      false,
    );
  });

  it('reads how often something is done as no day, when a date is asked', () => {
    const rounds = ['The warden carried out the monthly inspection and repainted the slipway rails.'];
    expect(omitsTimeAsked('on what date is the slipway being repainted?', rounds)).toBe(true);
    expect(omitsTimeAsked('when is the slipway inspected?', rounds)).toBe(false);
  });

  it('leaves other questions, and "when" asked with another kind, alone', () => {
    expect(omitsTimeAsked('who designed the slipway repairs?', design)).toBe(false);
    expect(omitsTimeAsked('when and why were the slipway repairs designed?', design)).toBe(false);
  });
});

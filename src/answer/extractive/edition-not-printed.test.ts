import { describe, expect, it } from 'vitest';
import { asksForEditionNotPrinted } from './edition-not-printed.js';

const census = [
  'Minute 12, Wharf Bird Census 2033: the warden reported 41 nesting pairs.',
  'Members asked that the census be repeated in 2035.',
];

describe('asksForEditionNotPrinted', () => {
  it('is true for a year the papers print the thing under no label of', () => {
    expect(asksForEditionNotPrinted('When was the 2035 wharf bird census published?', census)).toBe(true);
    expect(asksForEditionNotPrinted('What did the 2034 census find?', census)).toBe(true);
  });

  it('reads the thing by a shorter run of its name, as papers shorten it', () => {
    const audit = ['The 2026 audit found eleven blocked gates; riders will be asked again in 2027.'];
    expect(asksForEditionNotPrinted('What did the 2027 bridleway audit find?', audit)).toBe(true);
    expect(asksForEditionNotPrinted('What did the 2026 bridleway audit find?', audit)).toBe(false);
  });

  it('is false for the year printed, a range covering it, or a year that only says when', () => {
    expect(asksForEditionNotPrinted('When was the 2033 wharf bird census published?', census)).toBe(false);
    expect(asksForEditionNotPrinted('What did the 2034 census find?', ['The Census 2033/34 counted 41 pairs.'])).toBe(
      false,
    );
    expect(asksForEditionNotPrinted('What did the census find in 2035?', census)).toBe(false);
  });

  it('is false when the papers never label the thing with a year', () => {
    expect(asksForEditionNotPrinted('What did the 2035 harbour survey find?', ['The harbour survey found silt.'])).toBe(
      false,
    );
  });

  it('is false when a shorter run of the name is printed with the year asked', () => {
    const lights = ['CHRISTMAS LIGHTS 2034', 'The 2033 switch-on cost £27,900 against a budget of £25,000.'];
    expect(asksForEditionNotPrinted('How much did the 2033 Christmas lights switch-on cost?', lights)).toBe(false);
    expect(asksForEditionNotPrinted('How much did the 2032 Christmas lights switch-on cost?', lights)).toBe(true);
  });

  it('reads a year or span printed after the name as the edition, a span covered only by a span holding it', () => {
    const strategy = ['Minute 8, Leisure Facilities Strategy for Ormsford 2031-35: members noted six new pitches.'];
    expect(asksForEditionNotPrinted('In the ormsford leisure strategy 2032-36, how many pitches?', strategy)).toBe(
      true,
    );
    expect(asksForEditionNotPrinted('In the ormsford leisure strategy 2031-35, how many pitches?', strategy)).toBe(
      false,
    );
    // Words before a year that say when, not which edition, are no name.
    expect(asksForEditionNotPrinted('What did the meeting of March 2036 agree on the strategy?', strategy)).toBe(false);
    expect(asksForEditionNotPrinted('What did the strategy in 2036 say?', strategy)).toBe(false);
  });
});

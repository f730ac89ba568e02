import { describe, expect, it } from 'vitest';
import { quotesOnlyDates } from './only-dates-quoted.js';

describe('quotesOnlyDates', () => {
  const emptyRow = ['11-Apr-33'];

  it('finds a question asking what, answered only by a line printing a date', () => {
    expect(quotesOnlyDates('what business is lined up for the panel in april 2033', emptyRow)).toBe(true);
    expect(quotesOnlyDates('what is the ferry board discussing on 11 April 2033?', ['11 April 2033'])).toBe(true);
  });

  it('accepts a line printing words beside its date, and a date asked for', () => {
    expect(quotesOnlyDates('what is the panel taking in april 2033', ['11-Apr-33 · Ferry fares review'])).toBe(false);
    expect(quotesOnlyDates('when is the ferry fares review coming to the panel?', emptyRow)).toBe(false);
    expect(quotesOnlyDates('what date is the ferry fares review?', emptyRow)).toBe(false);
  });
});

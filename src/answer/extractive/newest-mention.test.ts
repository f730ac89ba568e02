import { describe, expect, it } from 'vitest';
import { asksForLatest, latestSubject, newestMention } from './newest-mention.js';

describe('asksForLatest', () => {
  it('reads "last", "latest" and "most recently" as asking for the newest event', () => {
    expect(asksForLatest('when was the bandstand last repainted')).toBe(true);
    expect(asksForLatest('what is the latest estimate for the ferry slipway')).toBe(true);
    expect(asksForLatest('when did the trust most recently inspect the weir')).toBe(true);
  });

  it('does not read "last year" or "the last meeting" so', () => {
    expect(asksForLatest('how much was spent on gritting last year')).toBe(false);
    expect(asksForLatest('who chaired the last meeting of the harbour board')).toBe(false);
  });
});

describe('latestSubject', () => {
  it('names whose event is asked, between the verb and "last"', () => {
    expect(latestSubject('when was the orchard footbridge last inspected')).toBe('the orchard footbridge');
    expect(latestSubject('what is the latest estimate')).toBeUndefined();
  });
});

describe('newestMention', () => {
  it('returns the newest of the full dates, months and years a line names', () => {
    expect(newestMention('Surveyed on 4 March 2031 and again in June 2033, after the 2032 floods.')).toBe('2033-06');
    expect(newestMention('Resurfaced in 2029.')).toBe('2029');
  });

  it('does not read a span of years as an event, nor a line without a time', () => {
    expect(newestMention('The 2030/31 budget was set.')).toBeUndefined();
    expect(newestMention('The weir was inspected.')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { asksForItemNotPrinted } from './item-not-printed.js';

describe('asksForItemNotPrinted', () => {
  const assets = [
    'Minute 6 Village Assets 6.1 Benches. The bench by the pond was repaired. 6.2 Bus shelter. The roof was cleaned.',
  ];

  it('finds a numbered part the quoted passages do not print', () => {
    expect(asksForItemNotPrinted('what was agreed under item 6.4 at the march meeting?', assets)).toBe(true);
    expect(asksForItemNotPrinted('what did minute 9 of the brackwell meeting say?', assets)).toBe(true);
  });

  it('accepts a part the passages print, as a sub-item or as the minute', () => {
    expect(asksForItemNotPrinted('what was agreed under item 6.2?', assets)).toBe(false);
    expect(asksForItemNotPrinted('what did minute 6 say?', assets)).toBe(false);
  });

  it('does not read a longer number as the one asked, and leaves questions naming no part alone', () => {
    expect(asksForItemNotPrinted('what was item 6.1?', ['16.1 Grass cutting and 6.15 hedges.'])).toBe(true);
    expect(asksForItemNotPrinted('which repairs were made to the bus shelter?', assets)).toBe(false);
  });
});

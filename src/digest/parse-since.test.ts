import { describe, expect, it } from 'vitest';
import { parseSince } from './parse-since.js';

const now = new Date('2024-09-05T09:00:00Z');

describe('parseSince', () => {
  it('reads ISO dates as midnight UTC and timestamps as given', () => {
    expect(parseSince('2024-09-01', now)?.toISOString()).toBe('2024-09-01T00:00:00.000Z');
    expect(parseSince('2024-09-01T07:30:00Z', now)?.toISOString()).toBe('2024-09-01T07:30:00.000Z');
  });

  it('reads British written dates and plain words', () => {
    expect(parseSince('1 September 2024', now)?.toISOString()).toBe('2024-09-01T00:00:00.000Z');
    expect(parseSince('yesterday', now)?.toISOString().slice(0, 10)).toBe('2024-09-04');
  });

  it('defaults to the last week and leaves unreadable text undefined', () => {
    expect(parseSince(undefined, now)?.toISOString()).toBe('2024-08-29T09:00:00.000Z');
    expect(parseSince('whenever', now)).toBeUndefined();
    expect(parseSince('2024-13-45', now)).toBeUndefined();
  });
});

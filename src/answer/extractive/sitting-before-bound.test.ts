import { describe, expect, it } from 'vitest';
import { findDateRange } from '../../search/find-date-range.js';
import { boundOfSittingBefore } from './sitting-before-bound.js';

const now = new Date('2031-03-01T12:00:00Z');
const bound = (question: string) => boundOfSittingBefore(question, findDateRange(question, now));

describe('boundOfSittingBefore', () => {
  it('reads "the meeting just before Christmas 2029" as the last sitting up to Christmas Eve', () => {
    expect(bound('what was on the agenda for the harbour board meeting just before christmas 2029?')).toBe(
      '2029-12-24',
    );
    expect(bound('what did the last sitting before christmas 2029 look at?')).toBe('2029-12-24');
  });

  it('leaves a span before a day, and a day named outright, alone', () => {
    expect(bound('what did the harbour board decide before christmas 2029?')).toBeUndefined();
    expect(bound('what was on the agenda for the meeting on 4 december 2029?')).toBeUndefined();
  });
});

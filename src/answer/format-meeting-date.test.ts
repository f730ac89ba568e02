import { describe, expect, it } from 'vitest';
import { formatMeetingDate } from './format-meeting-date.js';

describe('formatMeetingDate', () => {
  it('writes an ISO date the British way, whatever the local time zone', () => {
    expect(formatMeetingDate('2023-10-31')).toBe('31 October 2023');
    expect(formatMeetingDate('2024-03-05')).toBe('5 March 2024');
  });

  it('says when a paper is undated rather than guess', () => {
    expect(formatMeetingDate(null)).toBe('undated paper');
  });
});

import { describe, expect, it } from 'vitest';
import type { Part } from '../core/paper.js';
import { findPreviousMinutes, laterSittingWithoutMinutes } from './find-previous-minutes.js';

function stored(source: string, kind: Part['kind'], meetingDate: string, committee = 'Harbour Board') {
  return { source, part: { kind, committee, meetingDate } as Part };
}

describe('laterSittingWithoutMinutes', () => {
  const parts = [
    stored('december-minutes', 'minutes', '2030-12-03'),
    stored('january-agenda', 'agenda', '2031-01-14'),
    stored('january-report', 'report', '2031-01-14'),
    stored('ferry-agenda', 'agenda', '2031-01-28', 'Ferry Committee'),
    stored('february-agenda', 'agenda', '2031-02-11'),
  ];

  it('is the latest sitting of the body between the minutes found and the meeting briefed', () => {
    const minutes = findPreviousMinutes({ part: { committee: 'Harbour Board', meetingDate: '2031-02-11' } }, parts);
    expect(minutes?.source).toBe('december-minutes');
    expect(laterSittingWithoutMinutes(minutes!, '2031-02-11', parts)).toBe('2031-01-14');
  });

  it('is undefined when the minutes are the previous sitting’s, whatever other bodies met', () => {
    const minutes = parts[0]!;
    expect(laterSittingWithoutMinutes(minutes, '2031-01-14', parts)).toBeUndefined();
  });
});

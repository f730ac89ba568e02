import { describe, expect, it } from 'vitest';
import { testChunk } from '../../../test/support/test-chunk.js';
import { attendedMeeting } from './attended-meeting.js';
import type { Candidate } from './select-segments.js';

const candidate = (id: string, meetingDate: string, coverage: number): Candidate => ({
  passage: { chunk: testChunk({ id, meetingDate }), score: coverage },
  coverage,
});

describe('attendedMeeting', () => {
  const attendanceBlock = candidate('block', '2024-04-11', 0.83);
  const apologiesItem = candidate('apologies-item', '2024-04-11', 0.3);
  const found = { candidates: [attendanceBlock, apologiesItem], kept: [attendanceBlock] };

  it('asked who sent apologies in a month, reads the meeting of the best passage kept, bringing back the item dropped', () => {
    const meeting = attendedMeeting('Who sent apologies to the trust board in April 2024?', undefined, found);
    expect(meeting.day).toBe('2024-04-11');
    expect(meeting.held.has('apologies-item')).toBe(false);
    expect(meeting.held.has('block')).toBe(true);
  });

  it('asked who was present on a named day, reads that day and brings back nothing retrieved', () => {
    const meeting = attendedMeeting('Who was present at the trust board on 11 April 2024?', '2024-04-11', found);
    expect(meeting.day).toBe('2024-04-11');
    expect(meeting.held.has('apologies-item')).toBe(true);
  });

  it('asked who attended without a day, names no meeting', () => {
    expect(attendedMeeting('Who attended the trust board in April 2024?', undefined, found).day).toBeUndefined();
  });
});

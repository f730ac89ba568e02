import { describe, expect, it } from 'vitest';
import { testChunk } from '../../../test/support/test-chunk.js';
import type { Chunk } from '../../core/chunk.js';
import { meetingHeldIn } from './meeting-held-in.js';

// Two bodies' meetings in an index: a schools committee in March and a transport board in late June.
const chunks = [
  testChunk({ committee: 'Schools Committee', meetingDate: '2031-03-04' }),
  testChunk({ committee: 'Transport Board', meetingDate: '2031-06-27' }),
];
const store = {
  latestMeetingDate: async (onOrBefore: string) =>
    chunks
      .map((chunk) => chunk.meetingDate!)
      .filter((date) => date <= onOrBefore)
      .sort()
      .at(-1),
  meetingChunks: async (meetingDate: string) => chunks.filter((chunk) => chunk.meetingDate === meetingDate),
};
const ofSchools = (chunk: Chunk) => chunk.committee === 'Schools Committee';

describe('meetingHeldIn', () => {
  it("does not take another body's meeting that month for the named body's", async () => {
    expect(await meetingHeldIn('2031-06-01', '2031-06-30', ofSchools, store)).toBe(false);
  });

  it("finds the named body's meeting behind a later one of another body", async () => {
    chunks.push(testChunk({ committee: 'Schools Committee', meetingDate: '2031-06-10' }));
    expect(await meetingHeldIn('2031-06-01', '2031-06-30', ofSchools, store)).toBe(true);
    chunks.pop();
  });

  it('counts any meeting in the span when the question names no body', async () => {
    expect(await meetingHeldIn('2031-06-01', '2031-06-30', undefined, store)).toBe(true);
    expect(await meetingHeldIn('2031-05-01', '2031-05-31', undefined, store)).toBe(false);
  });
});

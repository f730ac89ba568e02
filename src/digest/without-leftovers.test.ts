import { describe, expect, it } from 'vitest';
import { withoutLeftovers } from './without-leftovers.js';

describe('withoutLeftovers', () => {
  const agenda = { source: 'pack.pdf', part: { kind: 'agenda' as const, meetingDate: '2031-05-06' } };

  it("drops a pack's front page and an undated leftover of a paper listed under its meeting", () => {
    const frontPage = { source: 'pack.pdf', part: { kind: 'other' as const, meetingDate: '2031-05-06' } };
    const leftover = { source: 'pack.pdf', part: { kind: 'other' as const, meetingDate: null } };
    expect(withoutLeftovers([frontPage, agenda, leftover])).toEqual([agenda]);
  });

  it('keeps a paper of its own, dated or not, and front matter of another meeting', () => {
    const plain = { source: 'notes.txt', part: { kind: 'other' as const, meetingDate: null } };
    const datedPlain = { source: 'letter.txt', part: { kind: 'other' as const, meetingDate: '2031-05-06' } };
    const earlier = { source: 'pack.pdf', part: { kind: 'other' as const, meetingDate: '2031-04-01' } };
    expect(withoutLeftovers([plain, datedPlain, agenda, earlier])).toEqual([plain, datedPlain, agenda, earlier]);
  });
});

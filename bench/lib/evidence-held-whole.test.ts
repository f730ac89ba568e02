import { describe, expect, it } from 'vitest';
import { evidenceHeldWhole } from './evidence-held-whole.js';

describe('evidenceHeldWhole', () => {
  const passages = ['the ferry timetable was extended to sunday evenings.', 'members asked about the pier repairs'];

  it('finds evidence that one passage holds whole', () => {
    expect(evidenceHeldWhole(['the pier repairs', 'a lighthouse grant'], passages)).toBe(true);
  });

  it('misses evidence cut across two passages', () => {
    expect(evidenceHeldWhole(['sunday evenings. members asked'], passages)).toBe(false);
  });
});

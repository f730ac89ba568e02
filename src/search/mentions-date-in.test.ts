import { describe, expect, it } from 'vitest';
import { mentionsDateIn } from './mentions-date-in.js';

const december2024 = { since: '2024-12-01', until: '2024-12-31' };

describe('mentionsDateIn', () => {
  it('finds a short work-programme date inside the range', () => {
    expect(mentionsDateIn('03-Dec-24 Absences from education', december2024)).toBe(true);
    expect(mentionsDateIn('04-Feb-25 Youth offer', december2024)).toBe(false);
  });

  it('finds a month and year inside the range', () => {
    expect(mentionsDateIn('A report will follow in December 2024.', december2024)).toBe(true);
  });

  it('reads a bare month against the paper date, looking back or ahead by at most six months', () => {
    expect(mentionsDateIn('The strategy returns in December.', december2024, '2024-09-17')).toBe(true);
    expect(mentionsDateIn('The strategy returns in December.', december2024, '2023-09-17')).toBe(false);
    expect(mentionsDateIn('The strategy returns in December.', december2024)).toBe(false);
  });

  it('says nothing for an empty range', () => {
    expect(mentionsDateIn('5 December 2024', {})).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { meetingAuthorities } from './meeting-authorities.js';

describe('meetingAuthorities', () => {
  const frontsheet = { committee: 'Cabinet', meetingDate: '2031-03-12' };
  const minutes = { committee: 'Cabinet', meetingDate: '2031-03-12', authority: 'Wexmoor County Council' };

  it("lends a paper without an authority the one its meeting's other papers name", () => {
    expect(meetingAuthorities([frontsheet, minutes])(frontsheet)).toBe('Wexmoor County Council');
    expect(meetingAuthorities([frontsheet, minutes])(minutes)).toBe('Wexmoor County Council');
  });

  it('lends none across meetings, to undated papers, or when the papers name different authorities', () => {
    const other = { ...minutes, authority: 'Dunlow Borough Council' };
    expect(meetingAuthorities([frontsheet, minutes, other])(frontsheet)).toBeUndefined();
    expect(meetingAuthorities([minutes])({ ...frontsheet, meetingDate: '2031-04-02' })).toBeUndefined();
    expect(meetingAuthorities([minutes])({ committee: 'Cabinet', meetingDate: null })).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { namesByInitials, ownerInitialsIn, withOwnerNames } from './action-owner-initials.js';

const attendance = [
  'PRESENT: Councillors Marjorie Quayle (Chair), Ruth Ashworth-Kaye and Simon Blake.',
  'IN ATTENDANCE: Ms Rhoda Kettlewell (Licensing Manager) and Mr Simeon Blaise (Legal Adviser).',
].join('\n');

describe('action owner initials', () => {
  it('reads the initials an owner column holds', () => {
    expect(ownerInitialsIn('Publish the consultation — Action by: RK; Due: 23 March 2032')).toEqual(['RK']);
    expect(ownerInitialsIn('Report the figures — Owner: RK/MQ')).toEqual(['RK', 'MQ']);
    expect(ownerInitialsIn('Report the figures — Due: 8 June 2032')).toEqual([]);
  });

  it('names each person of the attendance by their initials, leaving out initials two people share', () => {
    const names = namesByInitials(attendance);
    expect(names.get('RK')).toBe('Rhoda Kettlewell');
    expect(names.get('MQ')).toBe('Marjorie Quayle');
    expect(names.get('RAK')).toBe('Ruth Ashworth-Kaye');
    expect(names.has('SB')).toBe(false);
    expect(names.has('LM')).toBe(false);
  });

  it('reads an owner column with the name its initials stand for', () => {
    const names = namesByInitials(attendance);
    expect(withOwnerNames('Publish the consultation — Action by: RK; Due: 23 March 2032', names)).toBe(
      'Publish the consultation — Action by: RK (Rhoda Kettlewell); Due: 23 March 2032',
    );
    expect(withOwnerNames('Report the figures — Action by: SB', names)).toBe('Report the figures — Action by: SB');
  });
});

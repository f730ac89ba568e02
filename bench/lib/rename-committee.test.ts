import { describe, expect, it } from 'vitest';
import { renameCommittee } from './rename-committee.js';

describe('renameCommittee', () => {
  it('renames every mention, keeping capitals and line breaks apart', () => {
    const text = [
      '## IMPROVING LIVES SELECT COMMISSION 15th January, 2019',
      'Minutes of the Improving Lives Select Commission held on 4 December.',
      'The next meeting of the Improving Lives Select\nCommission will be held on Tuesday.',
      "The Commission's work programme.",
    ].join('\n');
    expect(renameCommittee(text, 'Improving Lives Select Commission', 'Planning Board')).toBe(
      [
        '## PLANNING BOARD 15th January, 2019',
        'Minutes of the Planning Board held on 4 December.',
        'The next meeting of the Planning Board will be held on Tuesday.',
        "The Commission's work programme.",
      ].join('\n'),
    );
  });

  it('leaves other committees and partial names alone', () => {
    const text = 'Health Select Commission; Improving Lives Panel';
    expect(renameCommittee(text, 'Improving Lives Select Commission', 'Audit Committee')).toBe(text);
  });
});

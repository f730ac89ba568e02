import { describe, expect, it } from 'vitest';
import { attendanceGridRow } from './attendance-grid.js';

const grid = [
  'The clerk reported the attendance of members. P shows attendance, A shows apologies sent.',
  '',
  'Member\t7 March\t6 June\t12 Sept\t5 Dec',
  'Cllr P Haig\tP\tP\tP\tP',
  'Cllr G Ashby\tP\tA\tP\tP',
  'Cllr O Lund\t\t\tP\tP',
  '',
  'Councillor Ruddock stood down in July.',
].join('\n');
const present = 'Present: Councillors Percival Haig (Chair), Gwendolyn Ashby and Obadiah Lund.';

describe('attendanceGridRow', () => {
  it("reads the asked member's row under the meetings it marks, leaving out meetings before they sat", () => {
    expect(attendanceGridRow('did Cllr Ashby attend the board meeting of 6 June?', [present, grid])).toMatchObject({
      index: 1,
      read: 'Cllr G Ashby — 7 March: P; 6 June: A; 12 Sept: P; 5 Dec: P',
      row: { text: 'Cllr G Ashby\tP\tA\tP\tP' },
    });
    expect(attendanceGridRow('which meetings did Councillor Lund attend in 2033?', [grid])?.read).toBe(
      'Cllr O Lund — 12 Sept: P; 5 Dec: P',
    );
  });

  it('answers nothing for a member no row names, a question not on attendance, or a passage with no grid', () => {
    expect(attendanceGridRow('did Cllr Penhallow attend in June?', [grid])).toBeUndefined();
    expect(attendanceGridRow('what did Cllr Ashby say about the cremator?', [grid])).toBeUndefined();
    expect(attendanceGridRow('did Cllr Ashby attend in June?', [present])).toBeUndefined();
  });
});

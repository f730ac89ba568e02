import { describe, expect, it } from 'vitest';
import { quotesOnlyAttendance } from './attendance-only.js';

describe('quotesOnlyAttendance', () => {
  it('finds lines that only list who sat', () => {
    expect(
      quotesOnlyAttendance([
        { text: 'Review panel: Councillor Petra Quist (Chair), Councillor Amos Reddle, Councillor Ivo Lark' },
      ]),
    ).toBe(true);
    expect(
      quotesOnlyAttendance([
        { text: 'Present: Cllr H Voss (in the chair), Cllr M Orme' },
        { text: 'Apologies for absence: Cllr D Penhale.' },
      ]),
    ).toBe(true);
  });

  it('accepts a line that records what was decided', () => {
    expect(
      quotesOnlyAttendance([
        { text: 'Review panel: Councillor Petra Quist (Chair), Councillor Amos Reddle' },
        { text: 'The panel agreed that Councillor Reddle had breached the code and should apologise.' },
      ]),
    ).toBe(false);
    expect(quotesOnlyAttendance([{ text: 'The quay lease was renewed for five years.' }])).toBe(false);
    expect(
      quotesOnlyAttendance([
        { text: 'Officers from the software supplier would visit soon to present options for replacing the system.' },
      ]),
    ).toBe(false);
    expect(quotesOnlyAttendance([])).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { findPlannedRow } from './planned-row.js';

const programme = [
  'Meeting Date\tAgenda Item',
  '04-Mar-31\t<ul style="list-style-type: none"> • Mooring fees',
  '14-May-31\t<ul style="list-style-type: none"> •Moorings review •Dredging contract 2030 - 2031',
  '02-Jul-31\t',
  '• Slipway repairs',
  '03-Sep-31\t',
  'Items for Scheduling',
  'Pilot boat replacement\tWorkshop on 3 September 2031.',
].join('\n');

const titles = (date: string, text = programme) => findPlannedRow(text, 0, date)?.items.map((item) => item.title);

describe('findPlannedRow', () => {
  it("reads a row's items, each spanning its own words", () => {
    const row = findPlannedRow(programme, 100, '2031-05-14');
    expect(row?.items.map((item) => item.title)).toEqual(['Moorings review', 'Dredging contract 2030 - 2031']);
    const dredging = row?.items[1];
    expect(programme.slice((dredging?.start ?? 0) - 100, (dredging?.end ?? 0) - 100)).toBe(
      'Dredging contract 2030 - 2031',
    );
  });

  it('follows a row onto the bullet lines after its date', () => {
    expect(titles('2031-07-02')).toEqual(['Slipway repairs']);
  });

  it('plans nothing on an empty row, or where the date is only mentioned mid-line', () => {
    expect(findPlannedRow(programme, 0, '2031-09-03')).toBeUndefined();
  });

  it('reads a table row with its weekday, and list items of a converted table', () => {
    expect(titles('2031-05-14', '| Wednesday 14 May 2031 | Moorings review |')).toEqual(['Moorings review']);
    expect(titles('2031-05-14', '14 May 2031: <li>Moorings review</li><li>Harbour dues</li>')).toEqual([
      'Moorings review',
      'Harbour dues',
    ]);
  });
});

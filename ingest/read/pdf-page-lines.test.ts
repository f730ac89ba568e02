import { describe, expect, it } from 'vitest';
import { type PositionedText, pageLines } from './pdf-page-lines.js';

// 10-point text items on an A4 page, as pdf.js returns them: a table's gutter comes as one wide space item.
function item(str: string, x: number, y: number, width = str.length * 5): PositionedText {
  return { str, transform: [10, 0, 0, 10, x, y], width, height: 10, hasEOL: false };
}

describe('pageLines', () => {
  it('writes a table column gutter as a tab, a word space, the tab stop after a number or a label’s colon as a space', () => {
    const lines = pageLines(
      [
        item('Report to', 64, 700),
        item(' ', 109, 700, 105),
        item('Planning Committee', 214, 700),
        item('Wards affected', 64, 684),
        item('All', 214, 684),
        item('The fees rose', 64, 668),
        item(' ', 129, 668, 3),
        item('by 4 per cent.', 132, 668),
        item('4.2', 64, 652),
        item(' ', 79, 652, 40),
        item('Fees are reviewed each year.', 119, 652),
        item('From:', 64, 636),
        item(' ', 89, 636, 60),
        item('Head of Licensing', 149, 636),
        item('3.1', 64, 620),
        item(' ', 79, 620, 1),
        item('Fees rose.', 80, 620),
      ],
      { bottom: 0, top: 842 },
    );
    expect(lines.map((line) => line.text)).toEqual([
      'Report to\tPlanning Committee',
      'Wards affected\tAll',
      'The fees rose by 4 per cent.',
      '4.2 Fees are reviewed each year.',
      'From: Head of Licensing',
      '3.1 Fees rose.',
    ]);
  });

  it('puts a line whose words the writer drew out of order back in reading order, keeping table rows as drawn', () => {
    const lines = pageLines(
      [
        item('Hollowmead Lane', 163, 700),
        item('PL/12 Application –', 64, 700),
        { ...item('for a garden room.', 163, 684), hasEOL: true },
        item('The application was', 64, 684),
        item('Report to', 64, 668),
        item('Parks Committee', 214, 668),
      ],
      { bottom: 0, top: 842 },
    );
    expect(lines.map((line) => line.text)).toEqual([
      'PL/12 Application – Hollowmead Lane',
      'The application was for a garden room.',
      'Report to\tParks Committee',
    ]);
  });

  it('leaves out a watermark drawn diagonally across the page, keeping text turned a right angle', () => {
    const lines = pageLines(
      [
        { ...item('The verge was cut twice.', 64, 700), hasEOL: true },
        { str: 'PROVISIONAL', transform: [70, 70, -70, 70, 180, 300], width: 400, height: 99, hasEOL: false },
        { str: 'Table 2: Verge cuts', transform: [0, 10, -10, 0, 40, 200], width: 90, height: 10, hasEOL: true },
        item('Members thanked the contractor.', 64, 684),
      ],
      { bottom: 0, top: 842 },
    );
    expect(lines.map((line) => line.text)).toEqual([
      'The verge was cut twice.',
      'Table 2: Verge cuts',
      'Members thanked the contractor.',
    ]);
  });

  it('reads a table of centred, wrapped cells as a header row and rows of cells under it', () => {
    // Each cell's line centred on its column and ended on its own, as some report writers draw a table.
    const centred = (str: string, centre: number, y: number, height = 10): PositionedText => ({
      str,
      transform: [height, 0, 0, height, centre - str.length * 2.5, y],
      width: str.length * 5,
      height,
      hasEOL: true,
    });
    const lines = pageLines(
      [
        centred('Library Staffing Intentions:', 170, 760, 12),
        ...[140, 210, 280].flatMap((centre, column) => [
          centred('By', centre, 741.7),
          centred(`202${6 + column}-2${7 + column}`, centre, 730.2),
        ]),
        centred('Between', 360, 741.7),
        centred('2029-32', 360, 730.2),
        { ...centred('Post 2032', 440, 736), hasEOL: false },
        ...[140, 210].flatMap((centre, column) => [
          centred(`${2 + column} posts`, centre, 707.3),
          centred(`${40 + column} hours`, centre, 695.8),
          centred('per week', centre, 684.3),
        ]),
        { ...centred('3 posts', 280, 695.8), hasEOL: false },
        { ...centred('5 posts', 360, 695.8), hasEOL: false },
        centred('6 posts', 440, 695.8),
        centred('A total of 16 posts across the Plan period', 250, 653.4, 12),
      ],
      { bottom: 0, top: 842 },
    );
    expect(lines.map((line) => line.text)).toEqual([
      'Library Staffing Intentions:',
      'By 2026-27\tBy 2027-28\tBy 2028-29\tBetween 2029-32\tPost 2032',
      '2 posts 40 hours per week\t3 posts 41 hours per week\t3 posts\t5 posts\t6 posts',
      'A total of 16 posts across the Plan period',
    ]);
    // The row goes on under its header, not after a paragraph gap; the title set larger above the table and the total
    // under it are paragraphs of their own.
    expect(lines.map((line) => line.paragraphStart)).toEqual([true, true, false, true]);
  });
});

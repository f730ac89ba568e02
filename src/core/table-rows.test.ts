import { describe, expect, it } from 'vitest';
import { splitSegments } from './sentences.js';
import { isHeaderRow, readRow, tableCells, tableHeader, tablesIn, withColumnNames } from './table-rows.js';

const votes = [
  'The motion was put to a recorded vote.',
  'Member | Aye | No | Abstained',
  'Pemberton | X | |',
  'Quillfeather | | X |',
  'Rudd | | | X',
].join('\n');

const tracker = [
  'Ref | Agreed on | Recommendation | Cabinet reply | Progress',
  'HW-3 | 2 March 2041 | That the borough plants an orchard at Tamsworth Green before winter | Agreed. Saplings are ordered and planting waits on the frost | Slipped',
  'HW-4 | 2 March 2041 | That every ward gets a water refill point | Agreed. Nine of twelve wards have one | On course',
].join('\n');

function segmentStarting(text: string, opening: string) {
  const segment = splitSegments(text).find((piece) => piece.text.startsWith(opening));
  if (!segment) throw new Error(`no segment opens "${opening}"`);
  return segment;
}

describe('table rows', () => {
  it('splits pipe rows with or without outer pipes into cells, and leaves tab-separated lines alone', () => {
    expect(tableCells('Quillfeather | | X |')).toEqual(['Quillfeather', '', 'X']);
    expect(tableCells('| Orchard | 4% | 9% |')).toEqual(['Orchard', '4%', '9%']);
    expect(tableCells('Councillor Wren Ashby\tChair')).toBeUndefined();
    expect(tableCells('The chair (Cllr Voss) | opened the meeting')).toBeUndefined();
    expect(tableCells('|---|:---:|')).toBeUndefined();
  });

  it('reads a marked column as its name and other cells as name and value', () => {
    expect(withColumnNames(votes, segmentStarting(votes, 'Quillfeather'))).toBe('Quillfeather — No');
    expect(withColumnNames(votes, segmentStarting(votes, 'Rudd'))).toBe('Rudd — Abstained');
    expect(withColumnNames(tracker, segmentStarting(tracker, 'HW-3'))).toBe(
      'HW-3 — Agreed on: 2 March 2041; Recommendation: That the borough plants an orchard at Tamsworth Green before winter; Cabinet reply: Agreed. Saplings are ordered and planting waits on the frost; Progress: Slipped',
    );
    const attendance = 'Member | Present | Apologies\nVoss | ✓ |\nWilde | | ✔';
    expect(withColumnNames(attendance, segmentStarting(attendance, 'Wilde'))).toBe('Wilde — Apologies');
    expect(readRow(['Orchard', '4%', '9%'], ['Holding', 'Now %', 'Goal %'])).toBe('Orchard — Now %: 4%; Goal %: 9%');
  });

  it('reads a tab row whose last cells are empty as a row of its table', () => {
    const grid = 'Member\tFor\tAgainst\tAbstain\nAshdown\tx\t\t\nBrereton\t\tx\t\nCattermole\t\t\tx';
    expect(withColumnNames(grid, segmentStarting(grid, 'Ashdown'))).toBe('Ashdown — For');
    expect(withColumnNames(grid, segmentStarting(grid, 'Brereton'))).toBe('Brereton — Against');
  });

  it('reads the first cell of a row under a header of periods only with its period, as it has no row name', () => {
    expect(readRow(['2FE', '5FE', '1FE'], ['By 2031-32', 'By 2032-33', 'Post 2035'])).toBe(
      'By 2031-32: 2FE; By 2032-33: 5FE; Post 2035: 1FE',
    );
    expect(readRow(['2031-32', '£4m', '£3m'], ['Year', 'Income', 'Spend'])).toBe('2031-32 — Income: £4m; Spend: £3m');
  });

  it('reads a pipe row under a header whose corner cell is empty, but no tab row', () => {
    const figures = '| | Target | Actual |\n|---|---|---|\n| Decided in time | 71% | 83% |';
    expect(withColumnNames(figures, segmentStarting(figures, '| Decided'))).toBe(
      'Decided in time — Target: 71%; Actual: 83%',
    );
    expect(isHeaderRow(figures, segmentStarting(figures, '| | Target'))).toBe(true);
    const indented = '\tHousing\tParks\nWard one\t12\t4';
    expect(withColumnNames(indented, segmentStarting(indented, 'Ward one'))).toBe('Ward one\t12\t4');
  });

  it('finds the header above a markdown rule, and none when the table is cut from its head', () => {
    const markdown = '| Holding | Now | Goal |\n|---|---|---|\n| Orchard | 4% | 9% |';
    expect(tableHeader(markdown, segmentStarting(markdown, '| Orchard'))).toEqual(['Holding', 'Now', 'Goal']);
    const headless = 'Pemberton | X | |\nQuillfeather | | X |';
    expect(withColumnNames(headless, segmentStarting(headless, 'Quillfeather'))).toBe('Quillfeather | | X |');
  });

  it('reads no header into a PDF’s tab-separated attendance lines, whose first line names the chair', () => {
    const present = 'Councillor Wren Ashby\tChair\nCouncillor Ola Pike\tMember';
    expect(isHeaderRow(present, segmentStarting(present, 'Councillor Wren'))).toBe(false);
    expect(withColumnNames(present, segmentStarting(present, 'Councillor Ola'))).toBe('Councillor Ola Pike\tMember');
  });

  it('reads a Word or web table’s tab rows under their header, when every row has its three or more cells', () => {
    const register = [
      'Ref\tDecided\tDecision maker\tDecision',
      'RX/1\t4 May 2051\tCabinet Member for Parks\tTo plant a cider orchard at Pellow Down',
      'RX/2\t9 May 2051\tCabinet\tTo lease the Quarry Lane depot to Mossgate Trust',
    ].join('\n');
    expect(isHeaderRow(register, segmentStarting(register, 'Ref'))).toBe(true);
    expect(isHeaderRow(register, segmentStarting(register, 'RX/1'))).toBe(false);
    expect(withColumnNames(register, segmentStarting(register, 'RX/2'))).toBe(
      'RX/2 — Decided: 9 May 2051; Decision maker: Cabinet; Decision: To lease the Quarry Lane depot to Mossgate Trust',
    );
    const attendance = 'Member\tRole\tAttendance\nCouncillor Ida Brenn\tSubstitute\tAbsent';
    expect(withColumnNames(attendance, segmentStarting(attendance, 'Councillor Ida'))).toBe(
      'Councillor Ida Brenn — Role: Substitute; Attendance: Absent',
    );
    // A line of another width breaks the run: no header is read across it.
    const ragged = 'Item\tLead\tDue\nOne line\tof two\nTrack audit\tWren\tJune';
    expect(withColumnNames(ragged, segmentStarting(ragged, 'Track'))).toBe('Track audit\tWren\tJune');
  });

  it('knows a header row from the rows under it, and leaves prose alone', () => {
    expect(isHeaderRow(votes, segmentStarting(votes, 'Member'))).toBe(true);
    expect(isHeaderRow(votes, segmentStarting(votes, 'Pemberton'))).toBe(false);
    expect(withColumnNames(votes, segmentStarting(votes, 'The motion'))).toBe('The motion was put to a recorded vote.');
  });

  it('keeps each pipe row a piece of its own, however long and however it ends', () => {
    expect(splitSegments(tracker).map((segment) => segment.text.slice(0, 4))).toEqual(['Ref ', 'HW-3', 'HW-4']);
  });
});

describe('tablesIn', () => {
  it("reads a tab table under a title padded with tabs, its header's corner cell empty, and a pipe table", () => {
    const text = [
      '<b>Referrals (Kestrel Vale)</b>\t\t\t',
      '\tReferrals\tMatched\tCompleted',
      'Q1 2031-32\t47\t18\t12',
      'Q2 2031-32\t52\t25\t14',
      '',
      '| Ward | Reports |',
      '|---|---|',
      '| Eastfold | 140 |',
      '| Millbank | 88 |',
    ].join('\n');
    const tables = tablesIn(text);
    expect(tables.map((table) => table.header)).toEqual([
      ['', 'Referrals', 'Matched', 'Completed'],
      ['Ward', 'Reports'],
    ]);
    expect(tables[0]!.rows.map((row) => row.cells)).toEqual([
      ['Q1 2031-32', '47', '18', '12'],
      ['Q2 2031-32', '52', '25', '14'],
    ]);
    expect(text.slice(tables[1]!.rows[1]!.start).startsWith('| Millbank | 88 |')).toBe(true);
  });

  it('finds no table in tab lines with no header of names, or a header over a single row', () => {
    expect(tablesIn('Chief Executive\tJo Bell\t08/11/31\nHead of Legal\tSam Orr\t08/11/31')).toEqual([]);
    expect(tablesIn('\tReferrals\tCompleted\nQ1 2031-32\t47\t12')).toEqual([]);
  });
});

describe('a header carried from an earlier passage', () => {
  const header = '| Ref | Risk | Risk owner | Target date |';
  const passage = [
    '| R7 | Ransomware attack | Head of Digital | 30 September 2032 |',
    '| R8 | Depot delay | Director of Place | 31 January 2033 |',
  ].join('\n');

  it('reads the rows a passage opens with under it, and finds their table at their places in the passage', () => {
    const row = segmentStarting(passage, '| R8');
    expect(withColumnNames(passage, row)).toBe(row.text);
    expect(withColumnNames(passage, row, header)).toBe(
      'R8 — Risk: Depot delay; Risk owner: Director of Place; Target date: 31 January 2033',
    );
    expect(isHeaderRow(passage, segmentStarting(passage, '| R7'), header)).toBe(false);
    const [table] = tablesIn(passage, header);
    expect(table!.header).toEqual(['Ref', 'Risk', 'Risk owner', 'Target date']);
    expect(passage.slice(table!.rows[1]!.start).startsWith('| R8 |')).toBe(true);
  });
});

import type { Segment } from '../../core/sentences.js';
import { contentTerms } from '../../core/tokenize.js';
import { personTitles } from './answer-kinds.js';

// "Did Cllr Ashby attend …", "which meetings did Councillor Lund miss?": one titled member's attendance, asked
// in any wording that names them and coming or staying away.
const memberAsked = new RegExp(
  String.raw`\b(?:${personTitles})\.?\s+((?:\p{Lu}[\p{L}'’-]*\.?\s+){0,3}\p{Lu}[\p{L}'’-]+)`,
  'u',
);
const attendanceAsked = /\b(?:attend\w*|miss(?:ed|es)?|present|absent|absences?|apolog\w*)\b/i;
// A column of the grid is a meeting, named by its day ("6 June", "12 Sept", "2033-03-07").
const meetingColumn =
  /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{4}-\d{2}-\d{2}\b/i;
// A cell of the grid is a mark ("P" present, "A" apologies, "X", a tick) or empty: not yet a member.
const mark = /^(?:[PAXNLY✓✔✗✘•-]|Ap|Abs)?$/;

/**
 * An attendance grid (a row a member, a column a meeting, "P" or "A" in each cell), asked whether a member came
 * or which meetings they missed: the member's row read under the header ("Cllr G Ashby — 7 March: P; 6 June: A")
 * answers for every meeting of the year, including those whose own minutes are not in the papers. The Present line
 * of the meeting the grid is reported to names who came to that one meeting only. Undefined when the question
 * names no member or no passage's grid has their row.
 */
export function attendanceGridRow(
  question: string,
  texts: readonly string[],
): { index: number; row: Segment; read: string } | undefined {
  const name = memberAsked.exec(question)?.[1];
  if (!name || !attendanceAsked.test(question)) return undefined;
  const surname = contentTerms(name).at(-1);
  if (!surname) return undefined;
  for (const [index, text] of texts.entries()) {
    const row = gridRows(text).find((candidate) => contentTerms(candidate.cells[0] ?? '').includes(surname));
    if (!row) continue;
    // Each mark read with its meeting ("6 June: A"); an empty cell, a meeting before the member sat, is left out.
    const marks = row.cells.slice(1).flatMap((cell, column) => (cell ? [`${row.header[column + 1]}: ${cell}`] : []));
    return {
      index,
      row: { start: row.start, end: row.start + row.text.length, text: row.text },
      read: `${row.cells[0]} — ${marks.join('; ')}`,
    };
  }
  return undefined;
}

interface Line {
  start: number;
  text: string;
  cells: string[];
}

interface Row extends Line {
  header: string[];
}

/**
 * The member rows of a passage's attendance grids: under a header of tab-separated cells naming two or more
 * meetings, the rows of as many cells holding only marks. Read here, not by `tablesIn`: a header of days reads
 * as figures to it, so it takes the first member's row for the header.
 */
function gridRows(text: string): Row[] {
  const lines: Line[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    lines.push({
      start,
      text: line,
      cells: line
        .replace(/[ \r]+$/, '')
        .split('\t')
        .map((cell) => cell.trim()),
    });
    start += line.length + 1;
  }
  const rows: Row[] = [];
  for (const [at, header] of lines.entries()) {
    if (header.cells.slice(1).filter((column) => meetingColumn.test(column)).length < 2) continue;
    for (const row of lines.slice(at + 1)) {
      if (row.cells.length !== header.cells.length || !row.cells.slice(1).every((cell) => mark.test(cell))) break;
      rows.push({ ...row, header: header.cells });
    }
  }
  return rows;
}

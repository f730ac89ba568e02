import { findFirstDate } from '../../src/core/dates.js';
import type { Line } from '../../src/core/lines.js';

/** One decision of a register printed as a table: the day it was taken, who took it and what about. */
export interface RegisterRow {
  meetingDate: string;
  committee?: string;
  title?: string;
}

// A register of decisions exported from Word or a web page as a tab-separated table opens with its header row
// ("Ref / Date of decision / Decision maker / Subject / Decision"); the register is the paper, so its header sits
// among the paper's first lines (a table inside minutes or a report is left to them).
const headerWithin = 12;
const dateColumn = /^(?:date(?:\s+of\s+decision|\s+decided|\s+taken)?|decision\s+date)$/i;
const decisionColumn = /^(?:decision(?:\s+taken)?|decisions?\s+made|outcome)$/i;
const makerColumn = /^(?:decision[\s-]+(?:maker|taker)|taken\s+by|decided\s+by)$/i;
const subjectColumn = /^(?:subject|title|matter|item|decision\s+title)$/i;

/**
 * A row of a decisions register is a decision of its own, dated by its row's date cell: each is a part, so that an
 * answer quoting it cites the day that decision was taken rather than an undated register.
 */
export function readRegisterRow(lines: Line[], index: number): RegisterRow | undefined {
  const cells = cellsOf(lines[index]!);
  if (cells.length < 3) return undefined;
  const header = registerHeader(lines, index);
  if (!header || header.length !== cells.length) return undefined;
  const dateAt = header.findIndex((cell) => dateColumn.test(cell));
  const meetingDate = findFirstDate(cells[dateAt] ?? '')?.iso;
  if (!meetingDate) return undefined;
  const maker = cells[header.findIndex((cell) => makerColumn.test(cell))];
  const subject = cells[header.findIndex((cell) => subjectColumn.test(cell))];
  return {
    meetingDate,
    ...(maker ? { committee: maker } : {}),
    ...(subject ? { title: subject } : {}),
  };
}

/** The register's header row, when the rows from it down to `index` are one table. */
function registerHeader(lines: Line[], index: number): string[] | undefined {
  let position = index - 1;
  while (position >= 0 && cellsOf(lines[position]!).length >= 3) position -= 1;
  const headerLine = lines[position + 1];
  if (!headerLine || headerLine.index === index) return undefined;
  const printedAbove = lines.slice(0, headerLine.index).filter((line) => line.clean !== '').length;
  if (printedAbove >= headerWithin) return undefined;
  const header = cellsOf(headerLine);
  return header.some((cell) => dateColumn.test(cell)) && header.some((cell) => decisionColumn.test(cell))
    ? header
    : undefined;
}

function cellsOf(line: Line): string[] {
  return line.raw.includes('\t') ? line.raw.split('\t').map((cell) => cell.trim()) : [];
}

/**
 * Tables in text and markdown papers reach the text as one row a line, cells between pipes ("Dalby | | X |").
 * A row alone says nothing until it is read with its table's header row ("Councillor | For | Against |
 * Abstain"): "Dalby — Against". Word and web tables reach it as tab-separated lines ("Ref\tDate\tDecision"); a PDF's
 * text layer puts a tab at any wide gap too (a name and its role in an attendance list), so a run of tab lines
 * is a table only when every line has the header's cells, three or more: two cells are a label and its value.
 */

// A pipe row has at least two separators with a cell between them; one pipe is prose or a citation mark.
const pipeRow = /^\s*\|?[^|\n]*\|[^|\n]*\|/;
// A markdown table's rule under its header ("|---|:--:|").
const ruleRow = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** The cells of a table row, or undefined when the line is not one. */
export function tableCells(line: string): string[] | undefined {
  if (line.includes('\t') || !pipeRow.test(line) || ruleRow.test(line)) return undefined;
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());
}

// A tab table names at least this many columns; a name and its role are two.
const tabColumns = 3;

/**
 * The cells of a tab-separated line (an empty cell kept in its column), or undefined when it has no tab. Empty
 * cells at the row's end are cells too (a recorded vote's "Dalby\tx\t\t" marked For): trimmed away, the row
 * was one cell short of its header and read as no row of the table.
 */
function tabCells(line: string): string[] | undefined {
  if (!line.includes('\t')) return undefined;
  return line
    .replace(/^\s+/, '')
    .replace(/[ \r]+$/, '')
    .split('\t')
    .map((cell) => cell.trim());
}

/** The cells of a row of either kind: pipes, or tabs when no pipe row. */
function rowCells(line: string): string[] | undefined {
  return tableCells(line) ?? tabCells(line);
}

/** A piece of a passage: where it starts in the passage's text, and its text. */
interface Placed {
  start: number;
  text: string;
}

/** A row printed with pipes: always a line of its own, never run into the line before or after it. */
export function isPipeRow(line: string): boolean {
  return tableCells(line) !== undefined;
}

// A mark in a column says "this one" ("X", a tick, "Yes"); the column's header says what it means.
const mark = /^(?:x|✓|✔|√|y|yes|\*|•)$/i;
// A header names its columns in a few words, never with an amount or a share ("Current %" is a name).
const headerCell = /^(?!.*(?:[£$€]\s*\d|\d\s*%))\p{L}/u;
const headerLength = 40;

/**
 * The header row of the table a row stands in: the first row of the run of table rows around it in the
 * passage, when that row reads as column names. None for the header row itself or a table cut from its head.
 */
export function tableHeader(text: string, segment: Placed): string[] | undefined {
  const top = headerStart(text, segment);
  if (top === undefined) return undefined;
  const row = lineOf(text, text.lastIndexOf('\n', segment.start - 1) + 1);
  return (tableCells(row) ? tableCells : tabCells)(lineOf(text, top));
}

/**
 * The header row, as printed, of the table a row stands in when it is printed before `before` (the start of a
 * passage that opens inside the table): a long register's later rows fall in a passage of their own, which
 * carries it (Chunk.tableHeader) so that they are found by and read with their columns' names.
 */
export function headerAbove(text: string, segment: Placed, before: number): string | undefined {
  const top = headerStart(text, segment);
  return top !== undefined && top < before ? lineOf(text, top) : undefined;
}

/** Where the header row of the table a row stands in starts, when it reads as column names. */
function headerStart(text: string, segment: Placed): number | undefined {
  const lineStart = text.lastIndexOf('\n', segment.start - 1) + 1;
  const row = lineOf(text, lineStart);
  const tabbed = !tableCells(row);
  const cellsOf = tabbed ? tabCells : tableCells;
  const rowCount = cellsOf(row)?.length;
  if (rowCount === undefined) return undefined;
  let top: number | undefined;
  let cursor = lineStart;
  while (cursor > 0) {
    const previousStart = text.lastIndexOf('\n', cursor - 2) + 1;
    const line = lineOf(text, previousStart);
    if (!tabbed && ruleRow.test(line)) {
      cursor = previousStart;
      continue;
    }
    const cells = cellsOf(line);
    if (!cells) break;
    // A tab line of another width is no row of this table: the run is no table, or the row stands outside it.
    if (tabbed && cells.length !== rowCount) return undefined;
    top = previousStart;
    cursor = previousStart;
  }
  if (top === undefined) return undefined;
  const header = cellsOf(lineOf(text, top))!;
  if (tabbed && header.length < tabColumns) return undefined;
  // A pipe table is one by its mark-up, so its header may leave the corner cell empty ("| | 2030/31 | 2031/32 |");
  // a tab line is a table only by its gaps, where an empty first cell is as often an indented line.
  return readsAsHeader(header, { corner: !tabbed }) ? top : undefined;
}

/**
 * A passage's text with the header row it carries (Chunk.tableHeader) put back above its first line, and the
 * segment moved to match, so that the rows it opens with are read under their table's header.
 */
function underCarried(text: string, segment: Placed, carried: string | undefined): [string, Placed] {
  if (carried === undefined) return [text, segment];
  return [`${carried}\n${text}`, { start: segment.start + carried.length + 1, text: segment.text }];
}

/** The row is its table's header: column names with table rows under them. */
export function isHeaderRow(passage: string, row: Placed, carried?: string): boolean {
  const [text, segment] = underCarried(passage, row, carried);
  const tabbed = !tableCells(segment.text);
  const cellsOf = tabbed ? tabCells : tableCells;
  const cells = cellsOf(segment.text);
  if (!cells || !readsAsHeader(cells, { corner: !tabbed }) || (tabbed && cells.length < tabColumns)) return false;
  const lineStart = text.lastIndexOf('\n', segment.start - 1) + 1;
  if (lineStart > 0 && cellsOf(lineOf(text, text.lastIndexOf('\n', lineStart - 2) + 1))) return false;
  const lineEnd = text.indexOf('\n', segment.start);
  if (lineEnd < 0) return false;
  let next = lineOf(text, lineEnd + 1);
  if (!tabbed && ruleRow.test(next)) {
    const after = text.indexOf('\n', lineEnd + 1);
    next = after < 0 ? '' : lineOf(text, after + 1);
  }
  const below = cellsOf(next);
  return below !== undefined && (!tabbed || below.length === cells.length);
}

function readsAsHeader(cells: string[], { corner = false }: { corner?: boolean } = {}): boolean {
  const named = cells.filter((cell) => cell !== '');
  // A table whose rows are labelled by period or place often leaves the header's first (corner) cell empty.
  const unnamed = corner && cells[0] === '' ? 1 : 0;
  return (
    named.length >= 2 &&
    named.length + unnamed === cells.length &&
    named.every((cell) => headerCell.test(cell) && cell.length <= headerLength && !mark.test(cell))
  );
}

function lineOf(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end);
}

// A header that names a period in every cell ("By 2025-26 | By 2026-27 | Post 2032") has no column of row names.
const periodName = /\b(?:19|20)\d{2}\b/;

/**
 * A row read with its column names: its first cell names the row, a marked column reads as its name
 * ("Dalby — Against"), any other filled cell as "name: value". Under a header of periods only, the first cell
 * is the first period's figure like the rest, and reads with its period's name.
 */
export function readRow(cells: string[], header: string[]): string {
  const unlabelled = header.length > 0 && header.every((name) => periodName.test(name));
  const [label, ...rest] = unlabelled ? ['', ...cells] : cells;
  const names = unlabelled ? ['', ...header] : header;
  const read = rest.flatMap((cell, index) => {
    const name = names[index + 1];
    if (cell === '' || !name) return cell === '' ? [] : [cell];
    return mark.test(cell) ? [name] : [`${name}: ${cell}`];
  });
  if (unlabelled) return read.join('; ');
  return read.length > 0 ? `${label} — ${read.join('; ')}` : (label ?? '');
}

/** A piece of a passage as a reader needs it: a table row with its column names, anything else as printed. */
export function withColumnNames(text: string, segment: Placed, carried?: string): string {
  const row = headedRow(text, segment, carried);
  return row ? readRow(row.cells, row.header) : segment.text;
}

/** The cells of a row read under its table's header row, with that header; undefined for anything else. */
export function headedRow(
  text: string,
  segment: Placed,
  carried?: string,
): { cells: string[]; header: string[] } | undefined {
  const cells = rowCells(segment.text);
  const header = cells && tableHeader(...underCarried(text, segment, carried));
  return cells && header ? { cells, header } : undefined;
}

/** A table of a passage: its column names and the rows under them, each where it stands in the passage. */
export interface Table {
  header: string[];
  rows: { start: number; text: string; cells: string[] }[];
}

/**
 * The tables of a passage, each a header row read as column names over two or more rows of as many cells. Unlike
 * `tableHeader` (which scores any row anywhere), a header's empty corner cell is kept ("\tReferrals\tCompleted"
 * over "Q1 2031-32\t47\t12") and a title padded with tabs ends no table: only for readers that were asked about
 * a table's rows, since any wide gap of a PDF's text layer is a tab too.
 */
export function tablesIn(passage: string, carried?: string): Table[] {
  const lines: { start: number; text: string; cells: string[] | undefined }[] = [];
  // Rows keep their place in the passage itself: the header carried from an earlier one stands before it.
  let start = carried === undefined ? 0 : -(carried.length + 1);
  for (const line of (carried === undefined ? passage : `${carried}\n${passage}`).split('\n')) {
    const cells =
      tableCells(line) ??
      (line.includes('\t')
        ? line
            .replace(/[ \r]+$/, '')
            .split('\t')
            .map((cell) => cell.trim())
        : undefined);
    if (!ruleRow.test(line)) lines.push({ start, text: line, cells });
    start += line.length + 1;
  }
  const tables: Table[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const header = lines[index]!.cells;
    if (!header || header.length < 2 || !readsAsHeader(header, { corner: true })) continue;
    const rows: Table['rows'] = [];
    for (let next = index + 1; next < lines.length && lines[next]!.cells?.length === header.length; next += 1) {
      const { start: rowStart, text: rowText, cells } = lines[next]!;
      rows.push({ start: rowStart, text: rowText, cells: cells! });
    }
    if (rows.length < 2) continue;
    tables.push({ header, rows });
    index += rows.length;
  }
  return tables;
}

/** The parts of a pdf.js text item that line rebuilding reads. */
export interface PositionedText {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/** One rebuilt line of a PDF page, with the geometry that header, footer and wrap detection need. */
export interface PageLine {
  text: string;
  /** Left edge, right edge and baseline in PDF units (y grows upwards). */
  x: number;
  endX: number;
  y: number;
  height: number;
  /** A paragraph gap (or the page top) sits above this line. */
  paragraphStart: boolean;
  /** Where the line sits on the page: 0 at the top edge, 1 at the bottom. */
  depth: number;
  /** The left and right edges of each of the line's tab-separated cells, while they are known. */
  cells?: { x: number; endX: number }[];
}

// A baseline move beyond this share of the font height starts a new line (superscripts stay inline).
const newLineShare = 0.5;
// A drop beyond this many font heights is a paragraph gap, rendered as a blank line like the .txt papers.
const paragraphGap = 1.7;
// A horizontal gap beyond this share of the font height between two items is a word space.
const wordGapShare = 0.15;
// A gap of this many font heights on one baseline is no word space but a table's column gutter: a cover
// sheet's "Report to | Cabinet" or an attendance table's "Name | Role" row. It becomes a tab, as the Word
// reader writes table cells, so the label stays apart from its value.
const columnGapShare = 1.5;
// A number, letter or bullet set off from its text by a tab stop ("4.2", "(b)", "•") labels that text: no cell.
const listLabel = /^(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]?|\(?[a-zA-Z]\)|\(?[ivxIVX]{1,4}\)|[a-zA-Z][.)]|[•●▪◦■□➢►*–-])$/;
// A payments schedule may print the currency sign in a column of its own beside right-aligned amounts ("£" …
// "1,860.00"): the sign is the amount's, so it is joined to it ("£1,860.00"), not set apart as a cell of its own
// that left each row one cell wider than its header and the amount without its unit.
const currencyCell = /^[£$€]$/;
// A standalone "Page 3" or "3 of 12" item this close to the top or bottom edge is a running page number,
// even when it shares a baseline with body text.
const marginDepth = 0.1;
const pageNumberItem = /^\s*(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,4}\s+of\s+\d{1,4})\s*$/i;
// Text set at a slant further than this from the page's axes is a watermark ("DRAFT", "COPY") drawn across the
// page, never a line of the paper: text turned a right angle (a landscape table on a portrait page) is kept.
const slantDegrees = 10;

/** Rebuilds a page's lines from its text items' end-of-line marks and baseline changes. */
export function pageLines(items: PositionedText[], page: { bottom: number; top: number }): PageLine[] {
  const height = page.top - page.bottom || 1;
  const depthOf = (y: number): number => Math.min(1, Math.max(0, (page.top - y) / height));
  const lines: PageLine[] = [];
  let current: PageLine | undefined;
  let gapPending = true;
  let previous: { y: number; endX: number; height: number; lineHeight: number } | undefined;

  const endLine = (): void => {
    if (current && current.text.trim() !== '') {
      current.text = current.text.trim();
      lines.push(current);
    }
    current = undefined;
  };

  // The line each footnote marker was dropped from, by the marker's number.
  const markers = new Map<string, PageLine>();
  // A space item seen since the last text: the words either side of it are apart however narrow the gap.
  let spaced = false;
  for (const item of inLineOrder(
    withoutMarginLineNumbers(withoutUprightWatermarks(items.filter((item) => !isSlanted(item)))),
  )) {
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const depth = depthOf(y);
    const isMarginNumber = pageNumberItem.test(item.str) && (depth < marginDepth || depth > 1 - marginDepth);
    if (current && previous && isFootnoteMarker(item, previous, current.text)) {
      markers.set(item.str.trim(), current);
      continue;
    }
    // A space item is no text of its own: the gap it spans, measured to the next word, says whether it is a
    // word space or a column gutter (pdf.js writes one wide space item across a table's gutter).
    if (item.str.trim() === '') spaced ||= item.str !== '';
    else if (!isMarginNumber) {
      const itemHeight = item.height || Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || 1;
      let text = item.str.replace(/[\r\n]+/g, ' ');
      if (previous !== undefined) {
        const fontHeight = Math.max(itemHeight, previous.height);
        if (Math.abs(previous.y - y) > newLineShare * fontHeight) {
          // The gap is measured in the smaller of the two lines' fonts: in the larger, a 13 pt heading's space
          // above 10.5 pt text fell short of a paragraph gap and the heading ran on into the text under it. The
          // line's font, not its last item's: a raised "th" ending a line ("On 6th") is no smaller line.
          endLine();
          if (previous.y - y > paragraphGap * Math.min(itemHeight, previous.lineHeight)) gapPending = true;
        } else if (current) {
          const gap = x - previous.endX;
          const before = current.text.trimEnd();
          if (currencyCell.test(before.slice(before.lastIndexOf('\t') + 1))) {
            current.text = before;
            text = text.trimStart();
          } else if (gap > columnGapShare * fontHeight && !listLabel.test(before) && !/[.,;:]$/.test(before)) {
            current.text = `${before}\t`;
            current.cells?.push({ x, endX: x });
            text = text.trimStart();
          } else if (!/\s$/.test(current.text) && !/^\s/.test(text) && (spaced || gap > wordGapShare * fontHeight)) {
            current.text += ' ';
          }
        }
      }
      spaced = false;
      if (!current) {
        current = {
          text: '',
          x,
          endX: x,
          y,
          height: itemHeight,
          paragraphStart: gapPending,
          depth,
          cells: [{ x, endX: x }],
        };
        gapPending = false;
      }
      current.text += text;
      current.endX = Math.max(current.endX, x + item.width);
      const cell = current.cells?.at(-1);
      if (cell) cell.endX = Math.max(cell.endX, x + item.width);
      current.height = Math.max(current.height, itemHeight);
      previous = { y, endX: x + item.width, height: itemHeight, lineHeight: current.height };
    }
    if (item.hasEOL) {
      endLine();
      spaced = false;
    }
  }
  endLine();
  return withFootnotesAtMarkers(inReadingOrder(withEmptyCells(withCornerCells(tableRows(lines)))), markers);
}

// A footnote is set this much smaller than the page's usual line.
const footnoteShrink = 0.85;

/**
 * A footnote printed at the page's foot ("2 The Green Group said it would bring the proposal back …", in small
 * type, numbered as a raised marker on the page) belongs to the sentence carrying its marker: read where it is
 * printed, it closed the page's last paragraph, so a note on one minute was filed under the next minute the page
 * starts. Each footnote is moved to follow the paragraph carrying its marker, as a block of its own.
 */
function withFootnotesAtMarkers(lines: PageLine[], markers: Map<string, PageLine>): PageLine[] {
  if (markers.size === 0) return lines;
  const heights = lines.map((line) => line.height).sort((a, b) => a - b);
  const usual = heights[Math.floor(heights.length / 2)] ?? 0;
  const small = (line: PageLine): boolean => line.height < footnoteShrink * usual;
  // The footnotes are in the page's last run of small lines (a small footer may follow them), each opening with
  // a marker's number, its wrapped lines set close under it.
  let start = lines.length;
  while (start > 0 && small(lines[start - 1]!)) start -= 1;
  const numberOf = (line: PageLine): string | undefined => /^(\d{1,2})\s+\S/.exec(line.text)?.[1];
  const notes: PageLine[][] = [];
  for (const line of lines.slice(start)) {
    const number = numberOf(line);
    const last = notes.at(-1)?.at(-1);
    if (number !== undefined && markers.has(number)) notes.push([line]);
    // A numbered note whose marker was not found leaves the page's notes as printed, in their order.
    else if (number !== undefined) return lines;
    else if (last && last.y - line.y <= paragraphGap * last.height && line.x >= notes.at(-1)![0]!.x - 2)
      notes.at(-1)!.push(line);
    else if (notes.length > 0) break;
  }
  if (notes.length === 0) return lines;
  const placed = new Set(notes.flat());
  let result = lines.filter((line) => !placed.has(line));
  for (const note of notes) {
    const marked = markers.get(/^\d{1,2}/.exec(note[0]!.text)![0])!;
    let at = result.indexOf(marked);
    if (at < 0) {
      result = lines;
      break;
    }
    while (at + 1 < result.length && !result[at + 1]!.paragraphStart && !small(result[at + 1]!)) at += 1;
    // Its number is printed raised again ("² The Green Group said …"), so that the note reads as a note, not as a
    // numbered paragraph or resolution, where it now stands in the text.
    const block = note.map((line, index) =>
      index === 0 ? { ...line, text: raisedNumber(line.text), paragraphStart: true } : line,
    );
    const after = result.slice(at + 1);
    if (after[0]) after[0] = { ...after[0], paragraphStart: true };
    result = [...result.slice(0, at + 1), ...block, ...after];
  }
  return result;
}

const superscriptDigits = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** "2 The Green Group said …" as "² The Green Group said …": a footnote's leading number set raised. */
function raisedNumber(text: string): string {
  return text.replace(/^\d{1,2}/, (number) => [...number].map((digit) => superscriptDigits[Number(digit)]).join(''));
}

/**
 * A table whose rows are named in their first column often leaves the header's first (corner) cell empty: read
 * as printed, "2032/33 | 2033/34 | Change" stood over "Net revenue budget | £16.2m | £17.1m | +5.6%", each column
 * name one column to the left of its figures. A header row starting well right of the row under it, with one
 * cell fewer, gets its empty corner cell back as a leading tab, as the Word reader writes such a header.
 */
function withCornerCells(lines: PageLine[]): PageLine[] {
  return lines.map((line, index) => {
    const below = lines[index + 1];
    if (!below || !line.text.includes('\t')) return line;
    const cells = line.text.split('\t').length;
    const indent = line.x - below.x;
    const sameTable = line.y - below.y <= 3 * Math.max(line.height, below.height);
    if (below.text.split('\t').length !== cells + 1 || indent < 3 * line.height || !sameTable) return line;
    return { ...line, text: `\t${line.text}`, cells: undefined };
  });
}

/**
 * A grid of marks (a recorded vote's "x" under For, Against or Abstain; an attendance register's "P" or "A" under
 * each meeting) leaves the cells of the other columns empty, and an empty cell draws nothing: read as printed,
 * every mark sat in the first column after the name, so that each member seemed to vote For. A row with fewer
 * cells than the header row over it has each cell put under the column it is printed beneath and the empty
 * columns written as empty cells, as the Word reader writes an empty table cell.
 */
function withEmptyCells(lines: PageLine[]): PageLine[] {
  let header: { x: number; endX: number }[] | undefined;
  // A line of no cells has come since the header: a section's label inside the table ("Strategic leadership"),
  // or the table's end. Only rows of marks are set under the header after it.
  let interrupted = false;
  return lines.map((line) => {
    const texts = line.text.split('\t');
    const cells = line.cells?.length === texts.length ? line.cells : undefined;
    if (cells === undefined || texts.length < 2) {
      interrupted ||= header !== undefined;
      return line;
    }
    // A row of column names heads what follows: a wider one, or one starting at another left edge (a second
    // grid printed beside the first). A row of marks or figures names no columns, though it may be widest.
    const names = texts.length >= 3 && texts.every((text) => /\p{L}/u.test(text) && !gridMark.test(text));
    if (
      names &&
      (header === undefined || texts.length >= header.length || Math.abs(cells[0]!.x - header[0]!.x) > line.height)
    ) {
      header = cells;
      interrupted = false;
      return line;
    }
    if (header === undefined || texts.length >= header.length) return line;
    if (interrupted && !texts.slice(1).every((text) => gridMark.test(text))) return line;
    const columns = cells.map((cell) => columnOf(cell, header!));
    if (columns.some((column, index) => index > 0 && column <= columns[index - 1]!)) return line;
    const placed = header.map(() => '');
    columns.forEach((column, index) => {
      placed[column] = texts[index]!;
    });
    return { ...line, text: placed.join('\t') };
  });
}

// A grid's mark: a vote's "x", a tick, an attendance register's "P" (present) or "A" (apologies), "Yes" or "No".
const gridMark = /^(?:[xXyYnNpPaA✓✔√✗✘*•]|yes|no)$/i;

/** The header column a cell is printed beneath: the one it overlaps most, or else the one nearest its centre. */
function columnOf(cell: { x: number; endX: number }, header: { x: number; endX: number }[]): number {
  const overlap = (column: { x: number; endX: number }): number =>
    Math.min(cell.endX, column.endX) - Math.max(cell.x, column.x);
  const centre = (span: { x: number; endX: number }): number => (span.x + span.endX) / 2;
  let best = 0;
  header.forEach((column, index) => {
    const current = header[best]!;
    const better =
      overlap(column) > overlap(current) ||
      (overlap(column) <= 0 &&
        overlap(current) <= 0 &&
        Math.abs(centre(column) - centre(cell)) < Math.abs(centre(current) - centre(cell)));
    if (better) best = index;
  });
  return best;
}

// A table cell wraps onto at most this many lines before the next cell starts back at the row's top.
const cellLines = 16;
// A cell's lines differ in height by at most this share.
const sizeTolerance = 0.1;
// A table's next row starts within this many font heights under the last line of a row whose cells wrap.
const rowPadding = 3;

/**
 * A table drawn cell by cell, each cell's lines before the next cell's (as writers lay out a row whose cells
 * wrap), reads "LIC/32/121" / "Variation of hours" / "Thistleby Spar …": the row's cells one under another and
 * each cell's wrapped half apart from it. A run of lines that steps back up to the row's first baseline, to the
 * right, is one row: each cell's lines are joined and the cells set apart by tabs, as a table row is written.
 */
function tableRows(lines: PageLine[]): PageLine[] {
  const rows: PageLine[] = [];
  // The lowest baseline of each row built from wrapped cells.
  const bottoms = new Map<PageLine, number>();
  let index = 0;
  while (index < lines.length) {
    const first = lines[index]!;
    const cells: PageLine[][] = [[first]];
    let next = index + 1;
    for (; next < lines.length; next += 1) {
      const line = lines[next]!;
      const cell = cells.at(-1)!;
      const last = cell.at(-1)!;
      const step = newLineShare * Math.max(line.height, last.height);
      // A cell's wrapped line follows without a paragraph gap, in the cell's type size (a table's title over
      // its header row is set larger), and holds no further cells.
      const below =
        line.y < last.y - step &&
        !line.paragraphStart &&
        !line.text.includes('\t') &&
        cell.length < cellLines &&
        Math.abs(line.height - last.height) <= sizeTolerance * Math.max(line.height, last.height);
      // A cell's next line starts where the cell does, or under the later part of a line holding several cells,
      // or is centred under it as a centred cell's lines are ("By" over "2025-26", "85 Year R" over "temp places").
      const underCell =
        Math.abs(line.x - cell[0]!.x) <= 2 ||
        Math.abs(line.x - last.x) <= 2 ||
        (line.x > last.x + 2 && line.x < last.endX) ||
        Math.abs(centreOf(line) - centreOf(last)) <= 2;
      // The next cell starts back up at the row's first baseline, or, once two cells have done so, halfway down
      // a wrapped cell when it is centred in the row ("Post 2032" beside "Between" / "2029-32"). A heading line
      // over a cell's wrapped text ("Strategic leadership" over "A statutory duty to …") is no cell of that row.
      const centred = cells.length >= 2 && Math.abs(line.y - (cell[0]!.y + last.y) / 2) <= step;
      const besideRow = Math.abs(line.y - first.y) <= step || centred;
      if (below && underCell && first.y - line.y <= cellLines * 2 * line.height) cell.push(line);
      else if (besideRow && line.x > last.x + 2 && line.y > last.y + step) cells.push([line]);
      else break;
    }
    // One line of three or more cells whose last cell wraps under itself is a row too (a label and a heading
    // set apart in a margin column, with their paragraph under the heading, are two cells and no table).
    const lastCellWraps =
      (first.text.match(/\t/g)?.length ?? 0) >= 2 && cells[0]!.slice(1).every((line) => line.x > first.x + 2);
    const wrapped = cells.some((cell) => cell.length >= 2) && (cells.length >= 2 || lastCellWraps);
    if (!wrapped) {
      rows.push(first);
      index += 1;
      continue;
    }
    const members = cells.flat();
    rows.push({
      ...first,
      text: cells.map(cellText).join('\t'),
      cells: cellSpans(cells),
      endX: Math.max(...members.map((line) => line.endX)),
      height: Math.max(...members.map((line) => line.height)),
    });
    bottoms.set(rows.at(-1)!, Math.min(...members.map((line) => line.y)));
    index = next;
  }
  return withinTables(rows, bottoms);
}

/**
 * A table whose cells wrap pads its rows: the space between a tall row's last line and the next row's first
 * read as a paragraph gap, which set the header row ("By 2025-26 | By 2026-27 …") apart from the rows under it,
 * so that no row was read with its columns' names. A row of as many cells as the wrapped row just above it,
 * close under it, goes on in the same table.
 */
function withinTables(rows: PageLine[], bottoms: Map<PageLine, number>): PageLine[] {
  // The rows above, up to this one, are table rows one of which wrapped.
  let wrappedTable = false;
  return rows.map((row, index) => {
    const above = rows[index - 1];
    if (above === undefined || !above.text.includes('\t')) wrappedTable = false;
    if (above !== undefined && bottoms.has(above)) wrappedTable = true;
    // A ruled table pads its one-line rows too: once a row of it has wrapped, a row of three or more cells goes
    // on under the row of as many cells above it as under a wrapped one.
    const columns = row.text.split('\t').length;
    const bottom = above && (bottoms.get(above) ?? (wrappedTable && columns >= 3 ? above.y : undefined));
    if (!row.paragraphStart || above === undefined || bottom === undefined) return row;
    const sameColumns = columns === above.text.split('\t').length;
    const close = bottom - row.y <= rowPadding * Math.max(row.height, above.height);
    return sameColumns && close ? { ...row, paragraphStart: false } : row;
  });
}

/**
 * Where the cells of a row built from wrapped cells stand: each cell as wide as its widest line, so that a row
 * of marks under wrapped text ("Local Transport Authority …" | "x" | "X") can still be set under its header.
 */
function cellSpans(cells: PageLine[][]): PageLine['cells'] {
  const spans: { x: number; endX: number }[] = [];
  for (const [head, ...wrapped] of cells) {
    if (head?.cells === undefined || wrapped.some((line) => line.text.includes('\t'))) return undefined;
    const own = head.cells.map((span) => ({ ...span }));
    const last = own.at(-1)!;
    for (const line of wrapped) {
      last.x = Math.min(last.x, line.x);
      last.endX = Math.max(last.endX, line.endX);
    }
    spans.push(...own);
  }
  return spans;
}

/** A cell's lines as one text; "90-" over "bed care home" keeps its hyphen and no space. */
function cellText(cell: PageLine[]): string {
  return cell
    .reduce(
      (text, line) =>
        /[A-Za-z\d]-$/.test(text) && /^[a-z]/.test(line.text) ? text + line.text : `${text} ${line.text}`,
      '',
    )
    .trim();
}

/**
 * Some writers draw a line's words out of reading order (a justified line set in pieces, a field filled in
 * after its label's right-hand neighbour): read in stream order, "Kingfisher LanePL/90 Application" ran the
 * line's end into its start. Each run of items on one baseline that steps leftwards is put back in left-to-right
 * order, its end-of-line mark kept at its end; runs already in order (most lines, table rows) are untouched.
 */
function inLineOrder(items: PositionedText[]): PositionedText[] {
  const ordered: PositionedText[] = [];
  let run: PositionedText[] = [];
  const flush = (): void => {
    const stepsLeft = run.some((item, index) => index > 0 && xOf(item) < xOf(run[index - 1]!) - 1);
    if (stepsLeft) {
      const endsLine = run.some((item) => item.hasEOL);
      const sorted = [...run].sort((a, b) => xOf(a) - xOf(b)).map((item) => ({ ...item, hasEOL: false }));
      if (endsLine) sorted[sorted.length - 1]!.hasEOL = true;
      ordered.push(...sorted);
    } else ordered.push(...run);
    run = [];
  };
  for (const item of items) {
    const first = run[0];
    const height = Math.max(item.height, first?.height ?? 0) || 1;
    if (first && Math.abs(yOf(item) - yOf(first)) > newLineShare * height) flush();
    run.push(item);
  }
  flush();
  return ordered;
}

// A footnote marker is set this much smaller than the text it follows, and raised by this share of that text's height.
const markerShrink = 0.8;
const markerRise = 0.15;

/**
 * A small raised number glued to the end of a word or sentence ("approved.¹") marks a footnote: read into the line
 * it became part of the text ("approved.2", "added.1"). It is dropped; the footnote itself stays at the page's foot.
 * A number after a unit or a figure ("m²", "10³") is no marker.
 */
function isFootnoteMarker(
  item: PositionedText,
  previous: { y: number; endX: number; height: number },
  line: string,
): boolean {
  if (!/^\d{1,2}$/.test(item.str.trim()) || !/(?:\p{L}{3}|[.,;:)’”"])$/u.test(line)) return false;
  const height = item.height || Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0);
  const rise = (item.transform[5] ?? 0) - previous.y;
  const gap = (item.transform[4] ?? 0) - previous.endX;
  return height < markerShrink * previous.height && rise > markerRise * previous.height && gap < 0.3 * previous.height;
}

// A word in capitals set this many times the page's usual type size is a watermark stamped across the page.
const watermarkScale = 5;

/**
 * "DRAFT" or "COPY" stamped upright across the middle of every page, in type many times the body's size, is no
 * line of the paper: read in, it split a minute's heading from its text. (A slanted stamp is dropped as slanted.)
 */
function withoutUprightWatermarks(items: PositionedText[]): PositionedText[] {
  const heights = items
    .filter((item) => item.str.trim() !== '')
    .map((item) => item.height)
    .sort((a, b) => a - b);
  const usual = heights[Math.floor(heights.length / 2)] ?? 0;
  if (heights.length < 3 || usual <= 0) return items;
  return items.filter(
    (item) => !(item.height >= watermarkScale * usual && /^\p{Lu}+(?:\s+\p{Lu}+){0,2}$/u.test(item.str.trim())),
  );
}

// Legal papers number their lines down the left margin ("1", "2" … or "5", "10" …): at least this many figures.
const marginNumbersNeeded = 5;

/**
 * Line numbers printed down the left margin, as legal papers and some licensing notices carry them, are no part
 * of the text: read in, each opened its line ("2 Licensing Sub-Committee – Hearing held on …", hiding the body
 * and the date from the line's start) and ran into a wrapped sentence ("Sterne, 10 who accepted"). They are a
 * column of bare figures left of all the page's other text, counting on by one step down the page.
 */
function withoutMarginLineNumbers(items: PositionedText[]): PositionedText[] {
  const figures = items.filter((item) => /^\d{1,4}$/.test(item.str.trim()));
  if (figures.length < marginNumbersNeeded) return items;
  const others = items.filter((item) => item.str.trim() !== '' && !figures.includes(item));
  if (others.length === 0) return items;
  const textLeft = Math.min(...others.map(xOf));
  const column = figures.filter((item) => xOf(item) + item.width < textLeft - 2).sort((a, b) => yOf(b) - yOf(a));
  if (column.length < marginNumbersNeeded) return items;
  const values = column.map((item) => Number(item.str.trim()));
  const step = values[1]! - values[0]!;
  if (step <= 0 || values.some((value, index) => index > 0 && value - values[index - 1]! !== step)) return items;
  return items.filter((item) => !column.includes(item));
}

function isSlanted(item: PositionedText): boolean {
  const degrees = Math.abs((Math.atan2(item.transform[1] ?? 0, item.transform[0] ?? 1) * 180) / Math.PI) % 90;
  return degrees > slantDegrees && degrees < 90 - slantDegrees;
}

const centreOf = (line: PageLine): number => (line.x + line.endX) / 2;
const xOf = (item: PositionedText): number => item.transform[4] ?? 0;
const yOf = (item: PositionedText): number => item.transform[5] ?? 0;

/**
 * A page's running header drawn after its body (as some writers add headers once the pages are laid out)
 * reads first, and a footer drawn before the body reads last, each top to bottom: read in stream order, the
 * authority's name over every page closed the page's last minute instead of heading the first.
 */
function inReadingOrder(lines: PageLine[]): PageLine[] {
  const byDepth = (a: PageLine, b: PageLine) => a.depth - b.depth;
  // A line near the top that the body goes on under, in the stream, heads the body or one of its columns (a
  // page set in two columns whose headings share the top line): it keeps its place, or the right column's
  // heading would be read before the left column's text.
  const opensBody = (line: PageLine, index: number): boolean => {
    const next = lines[index + 1];
    return (
      next !== undefined &&
      next.depth >= marginDepth &&
      Math.abs(next.x - line.x) <= 2 &&
      line.y - next.y > 0 &&
      line.y - next.y <= 3 * Math.max(line.height, next.height)
    );
  };
  const header = lines.filter((line, index) => line.depth < marginDepth && !opensBody(line, index)).sort(byDepth);
  const footer = lines.filter((line) => line.depth > 1 - marginDepth).sort(byDepth);
  const body = lines.filter(
    (line, index) => (line.depth >= marginDepth || opensBody(line, index)) && line.depth <= 1 - marginDepth,
  );
  if (body.length === 0) return lines;
  const ordered = [...header, ...body, ...footer];
  return ordered.every((line, index) => line === lines[index]) ? lines : ordered;
}

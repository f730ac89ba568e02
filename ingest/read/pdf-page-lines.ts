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
  let previous: { y: number; endX: number; height: number } | undefined;

  const endLine = (): void => {
    if (current && current.text.trim() !== '') {
      current.text = current.text.trim();
      lines.push(current);
    }
    current = undefined;
  };

  // A space item seen since the last text: the words either side of it are apart however narrow the gap.
  let spaced = false;
  for (const item of inLineOrder(items.filter((item) => !isSlanted(item)))) {
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const depth = depthOf(y);
    const isMarginNumber = pageNumberItem.test(item.str) && (depth < marginDepth || depth > 1 - marginDepth);
    // A space item is no text of its own: the gap it spans, measured to the next word, says whether it is a
    // word space or a column gutter (pdf.js writes one wide space item across a table's gutter).
    if (item.str.trim() === '') spaced ||= item.str !== '';
    else if (!isMarginNumber) {
      const itemHeight = item.height || Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || 1;
      let text = item.str.replace(/[\r\n]+/g, ' ');
      if (previous !== undefined) {
        const fontHeight = Math.max(itemHeight, previous.height);
        if (Math.abs(previous.y - y) > newLineShare * fontHeight) {
          endLine();
          if (previous.y - y > paragraphGap * fontHeight) gapPending = true;
        } else if (current) {
          const gap = x - previous.endX;
          const before = current.text.trimEnd();
          if (gap > columnGapShare * fontHeight && !listLabel.test(before) && !/[.,;:]$/.test(before)) {
            current.text = `${before}\t`;
            text = text.trimStart();
          } else if (!/\s$/.test(current.text) && !/^\s/.test(text) && (spaced || gap > wordGapShare * fontHeight)) {
            current.text += ' ';
          }
        }
      }
      spaced = false;
      if (!current) {
        current = { text: '', x, endX: x, y, height: itemHeight, paragraphStart: gapPending, depth };
        gapPending = false;
      }
      current.text += text;
      current.endX = Math.max(current.endX, x + item.width);
      current.height = Math.max(current.height, itemHeight);
      previous = { y, endX: x + item.width, height: itemHeight };
    }
    if (item.hasEOL) {
      endLine();
      spaced = false;
    }
  }
  endLine();
  return inReadingOrder(lines);
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

function isSlanted(item: PositionedText): boolean {
  const degrees = Math.abs((Math.atan2(item.transform[1] ?? 0, item.transform[0] ?? 1) * 180) / Math.PI) % 90;
  return degrees > slantDegrees && degrees < 90 - slantDegrees;
}

const xOf = (item: PositionedText): number => item.transform[4] ?? 0;
const yOf = (item: PositionedText): number => item.transform[5] ?? 0;

/**
 * A page's running header drawn after its body (as some writers add headers once the pages are laid out)
 * reads first, and a footer drawn before the body reads last, each top to bottom: read in stream order, the
 * authority's name over every page closed the page's last minute instead of heading the first.
 */
function inReadingOrder(lines: PageLine[]): PageLine[] {
  const byDepth = (a: PageLine, b: PageLine) => a.depth - b.depth;
  const header = lines.filter((line) => line.depth < marginDepth).sort(byDepth);
  const footer = lines.filter((line) => line.depth > 1 - marginDepth).sort(byDepth);
  const body = lines.filter((line) => line.depth >= marginDepth && line.depth <= 1 - marginDepth);
  if (body.length === 0) return lines;
  const ordered = [...header, ...body, ...footer];
  return ordered.every((line, index) => line === lines[index]) ? lines : ordered;
}

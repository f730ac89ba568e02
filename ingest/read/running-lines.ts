import type { PageLine } from './pdf-page-lines.js';

// Running headers and footers sit among the first or last lines of a page.
const edgeLines = 3;
// Only the outermost lines are compared across pages: body lines such as "(Item 4)" recur too.
const comparedEdgeLines = 2;
// A line repeated at the page edge on at least this share of pages (and three of them) is a running line. A
// paper of two pages has only two to compare: there a line must open both pages, and name a body or a date.
const repeatShare = 0.5;
const minimumRepeats = 3;
// A part printed after the body may number its own pages from 1 behind its name ("Appendix A – Page 2"), so that
// footer repeats on too few pages to be found as a running line.
const pageNumberLine =
  /^(?:-\s*)?(?:(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|(?:[\p{L}\d][\p{L}\d ]{0,40}\s[–—|:-]\s)?page\s+\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?)(?:\s*-)?$/iu;
// Front matter numbered in lower-case roman numerals ("ii", "xiv"), up to xxxix.
const romanPageLine = /^(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})$/;
// A running header naming a body that meets: letters and spaces only, ending in the kind of body.
const bodyName =
  /^[\p{Lu}][\p{L}&'’ ,.-]{2,80}\b(?:council|authority|committee|board|panel|commission|cabinet|trust|partnership|assembly)$/iu;
// A running header naming the body and the day it met ("Cabinet – 4 March 2032"): on some producers' minutes the
// only place the meeting's date is printed.
const meetingHeader =
  /^(?:\p{Lu}[\p{L}&'’ ,.-]{0,80}\s)?(?:council|authority|committee|board|panel|commission|cabinet|trust|partnership|assembly)\s*[–—|:-]\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{4}$/iu;
const blankPageNotice = /^this page (?:is )?(?:intentionally|deliberately) (?:left )?blank\.?$/i;

/**
 * Drops what the printer repeated on every page rather than what the author wrote: page numbers
 * ("3", "Page 3", "Page 3 of 12", "- 3 -") at the top or bottom of a page, header and footer lines that
 * recur at the page edges (compared with their digits masked, so "Page 3 of 12" and "Page 4 of 12" match),
 * and "This page is intentionally left blank".
 */
export function dropRunningLines(pages: PageLine[][]): PageLine[][] {
  const repeated = repeatedEdgeLines(pages);
  return pages.map((lines, page) =>
    lines.filter((line, index) => {
      // The body's name printed over every page ("HARTSHIRE FIRE AND RESCUE AUTHORITY") is, on the first, the
      // title block the header under it calls "the Authority": it names who met.
      // Likewise a header naming the body and its meeting's date is, on the first page, that meeting's title.
      if (page === 0 && index < comparedEdgeLines && line.depth < 0.5 && bodyName.test(line.text)) return true;
      if (page === 0 && index === 0 && line.depth < 0.12 && meetingHeader.test(line.text)) return true;
      const atEdge = index < edgeLines || index >= lines.length - edgeLines;
      if (blankPageNotice.test(line.text)) return false;
      if (!atEdge) return true;
      const outermost = index === 0 || index === lines.length - 1 || line.depth < 0.12 || line.depth > 0.88;
      if (romanPageLine.test(line.text)) return !outermost;
      if (pageNumberLine.test(line.text)) {
        // Any other figure is the body's: a heading's last word wrapped under it ("… on 12 March" / "2031")
        // masks like the page numbers of the pages under it, however near the top it sits.
        return !outermost || wrapsLineAbove(line, lines[index - 1]);
      }
      const compared = index < comparedEdgeLines || index >= lines.length - comparedEdgeLines;
      return !(compared && repeated.has(mask(line.text)));
    }),
  );
}

/** A bare figure set flush under the line before it, with no gap, is that line's last word wrapped. */
function wrapsLineAbove(line: PageLine, above: PageLine | undefined): boolean {
  return (
    above !== undefined &&
    /^\d{1,4}$/.test(line.text) &&
    !line.paragraphStart &&
    Math.abs(line.x - above.x) < 1 &&
    Math.abs(line.height - above.height) < 0.5
  );
}

function repeatedEdgeLines(pages: PageLine[][]): Set<string> {
  const pagesWith = new Map<string, { page: number; text: string; depth: number }[]>();
  for (const [page, lines] of pages.entries()) {
    const edges = new Map(
      lines
        .filter((_, index) => index < comparedEdgeLines || index >= lines.length - comparedEdgeLines)
        .map((line) => [mask(line.text), line]),
    );
    for (const [edge, { text, depth }] of edges) {
      pagesWith.set(edge, [...(pagesWith.get(edge) ?? []), { page, text, depth }]);
    }
  }
  const needed = Math.max(minimumRepeats, Math.ceil(pages.length * repeatShare));
  const repeated = new Set(
    [...pagesWith].filter(([, seen]) => seen.length >= needed && numbersRun(seen)).map(([text]) => text),
  );
  // Facing pages may carry different running lines, the committee over odd pages and the date over even ones: a
  // line in the margin of every page of one side, and of no other, naming a body or a date.
  for (const side of [0, 1]) {
    const sidePages = pages.filter((_, page) => page % 2 === side).length;
    if (sidePages < 2) continue;
    for (const [text, seen] of pagesWith) {
      const inMargin = seen.every(({ page, depth }) => page % 2 === side && (depth < 0.06 || depth > 0.94));
      if (inMargin && seen.length === sidePages && namesMeeting(text)) repeated.add(text);
    }
  }
  // A running header may begin only after a section break (a report's cover and summary pages carry none): the
  // same line in the top margin of the last two pages, naming a body or a date, is the later section's header.
  const [last, beforeLast] = [pages.at(-1), pages.at(-2)];
  if (pages.length > 2 && last && beforeLast) for (const line of sameTop(beforeLast, last, 0.06)) repeated.add(line);
  const [first, second] = pages;
  if (pages.length === 2 && first && second) for (const line of sameTop(first, second, 0.12)) repeated.add(line);
  return repeated;
}

// A running header too long for its line is broken over two ("Amenities and Open Spaces" / "Committee – 12 May").
const headerBlockLines = 2;

/**
 * The masked lines two pages both open with inside their top margins (`depth` deep), naming a body or a date: the
 * first line, or, when that alone names neither or differs, the first two, as a header broken over two lines
 * names the body or the date only when both are read together.
 */
function sameTop(one: PageLine[], other: PageLine[], depth: number): string[] {
  for (let count = 1; count <= headerBlockLines; count += 1) {
    const blocks = [one, other].map((lines) => lines.slice(0, count));
    if (blocks.some((block) => block.length < count || block.some((line) => line.depth >= depth))) return [];
    const [masks, otherMasks] = blocks.map((block) => block.map((line) => mask(line.text)));
    if (masks!.join('\n') === otherMasks!.join('\n') && namesMeeting(masks!.join(' '))) return masks!;
  }
  return [];
}

/**
 * A printer's line repeats itself, holds a stamp over several pages ("Agenda Item 5") or counts on with the page
 * ("Page 3 of 12", "Page 4 of 12"). Minute references opening page after page ("CAB/32/64", "CAB/32/65",
 * "CAB/32/67") mask alike, but each is printed once and they count the business, not the pages: the body's headings.
 */
function numbersRun(seen: { page: number; text: string }[]): boolean {
  if (new Set(seen.map(({ text }) => text)).size < seen.length) return true;
  const numbers = seen.map(({ text }) => (text.match(/\d+/g) ?? []).map(Number));
  const [first] = seen;
  return numbers[0]!.every((value, position) =>
    seen.every(({ page }, index) => {
      const other = numbers[index]![position];
      return other === value || other === value + page - first!.page;
    }),
  );
}

/** "Westmarch Fire Authority – 20 February 2025", "Planning Committee | #.#.##": a body's name or a date. */
function namesMeeting(masked: string): boolean {
  return (
    /\b(?:council|authority|committee|board|panel|commission|cabinet|trust|partnership|assembly)\b/.test(masked) ||
    /(?<![\w#])#{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* #(?![\w#])/.test(masked)
  );
}

function mask(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

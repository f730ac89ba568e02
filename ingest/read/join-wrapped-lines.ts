import type { PageLine } from './pdf-page-lines.js';

export interface PagedText {
  text: string;
  /** Offset in `text` where each PDF page begins: index 0 is page 1. */
  pageStarts: number[];
}

// Lines starting like this begin something new (a list item, a label, a minute's "(Item 4)"), never a wrap.
const listStart =
  /^(?:[•●▪◦■□➢►o*–-]\s|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)]\s|\([a-z0-9]{1,4}\)|\([Ii]tem\b|[A-Z][A-Za-z()/'’ -]{1,40}:(?:\s|$))/;
// A paragraph runs on over a page break only from a page filled this far down: a cover or an index page
// ends high up, and its longest line, which sets a sparse page's right margin, is no wrap into the next page.
const filledDepth = 0.6;
// A line whose font is this much larger or smaller than the one above is a heading or a footnote.
const heightTolerance = 0.25;

/**
 * Lays the pages' lines out as text: a line wrapped at the right margin is joined to the next one (a word
 * hyphenated across the break is rejoined when the paper spells it whole elsewhere), paragraph gaps become
 * a blank line, other breaks a newline. A paragraph running across a page break stays one paragraph.
 */
export function joinPages(pages: PageLine[][]): PagedText {
  const vocabulary = wordsOf(pages);
  const pageStarts: number[] = [];
  let text = '';
  let previous: { line: PageLine; rightEdge: number } | undefined;
  // An empty page starts where the next page with text does.
  let emptyPages = 0;
  const startPage = (): void => {
    for (; emptyPages >= 0; emptyPages -= 1) pageStarts.push(text.length);
    emptyPages = 0;
  };
  for (const lines of pages) {
    const rightEdge = rightEdgeOf(lines);
    lines.forEach((line, index) => {
      if (previous === undefined) {
        if (index === 0) startPage();
        text += withoutInnerSoftHyphens(line.text);
      } else {
        const broken = previous.line.text.endsWith(softHyphen);
        const continues =
          broken ||
          ((index > 0 || !/[.:!?]$/.test(previous.line.text) || /^[a-z]/.test(line.text)) &&
            (index > 0 ? !line.paragraphStart && !setApart(lines[index - 2], previous.line, line) : true) &&
            ((!(index === 0 && previous.line.depth < filledDepth) &&
              wraps(previous.line, line, previous.rightEdge, index === 0)) ||
              continuesSentence(previous.line, line)));
        if (!continues) text += index === 0 || line.paragraphStart ? '\n\n' : '\n';
        else if (broken || dropsHyphen(previous.line.text, line.text, vocabulary)) text = text.slice(0, -1);
        else if (!keepsHyphen(previous.line.text, line.text)) text += ' ';
        if (index === 0) startPage();
        text += withoutInnerSoftHyphens(line.text);
      }
      previous = { line, rightEdge };
    });
    if (lines.length === 0) emptyPages += 1;
  }
  for (; emptyPages > 0; emptyPages -= 1) pageStarts.push(text.length);
  return { text, pageStarts };
}

// A soft (discretionary) hyphen marks where a word may break: printed only at a line's end, where the word
// runs on into the next line ("adminis\u00AD" / "tered"); anywhere else it is invisible and no part of the word.
const softHyphen = '\u00AD';

/** A line's text without the soft hyphens inside it; one at its end stays, for the join to the next line to drop. */
function withoutInnerSoftHyphens(text: string): string {
  return text.replace(/\u00AD(?!$)/gu, '');
}

// A line set this much further below a full stop than the paragraph's own leading starts a new block.
const blockSpacing = 1.3;

/**
 * A sentence's end above a line set further down than the lines of its paragraph are apart is a heading or a
 * new block, never a wrap: a one-word heading ("Recommendation") under a paragraph's short last line otherwise
 * fits the margin test and ran into the paragraph ("… Foundation. Recommendation").
 */
function setApart(aboveThat: PageLine | undefined, above: PageLine, below: PageLine): boolean {
  if (aboveThat === undefined || !/[.!?]$/.test(above.text)) return false;
  const leading = aboveThat.y - above.y;
  return leading > 0 && above.y - below.y > blockSpacing * leading;
}

// A contents page's entry ends in dotted leaders and its page ("Appendix A – Route Costs ........ A1"): reaching
// the right margin, it is whole, and the next entry ("Appendix B …", unnumbered) ran on into it.
const contentsEntry = /(?:\.\s?){4,}\s*[A-Z]?\d{1,4}$/;

// A table cell holding only a figure: an amount, a count, a share, an underspend in brackets ("(234)", "£1.2m").
const figureCell = /^[(+–-]?[£$€]?\d[\d,.]*(?:m|bn|k|%)?\)?$/;

/** A line wraps when the next line's first word would not have fitted before the right margin. */
function wraps(above: PageLine, below: PageLine, rightEdge: number, acrossPages: boolean): boolean {
  if (listStart.test(below.text) || above.text.length < 15 || contentsEntry.test(above.text)) return false;
  // Two lines of table cells are two rows: a row reaching the right margin does not run on into the next.
  if (above.text.includes('\t') && below.text.includes('\t')) return false;
  // A row whose last cell is a figure ("Total | 18,320 | 19,457 | 1,137") is whole: a figure never wraps, and the
  // next minute's heading, set close under a table's total line, ran on into it.
  if (figureCell.test(above.text.slice(above.text.lastIndexOf('\t') + 1)) && above.text.includes('\t')) return false;
  // A row of three or more cells is whole (its wrapped cells are joined when the page's lines are built): a
  // section's label under a table's header ("Funding and investment") ran on into the header's last cell.
  if ((above.text.match(/\t/g)?.length ?? 0) >= 2 && !below.text.includes('\t')) return false;
  // A heading in capitals ("DUNSTANFORD CITY COUNCIL") runs on in capitals; a line in mixed case under it starts anew.
  if (inCapitals(above.text) && /\p{Ll}/u.test(below.text)) return false;
  // A word in capitals under a line in mixed case is a heading ("AGENDA" under the meeting's venue): on a sparse
  // front page the venue's line sets the right margin, and the heading ran on into it ("… Ormsford House AGENDA").
  if (/\p{Ll}/u.test(above.text) && inCapitals(below.text) && /^\p{Lu}{4,}\b/u.test(below.text)) return false;
  const tallest = Math.max(above.height, below.height);
  if (Math.abs(above.height - below.height) > heightTolerance * tallest) return false;
  const characterWidth = (above.endX - above.x) / above.text.length;
  if (!acrossPages && (below.x < above.x - 2 * characterWidth || below.x > above.x + 10 * characterWidth)) return false;
  const firstWord = below.text.split(/\s/, 1)[0] ?? '';
  return above.endX + (firstWord.length + 2) * characterWidth >= rightEdge;
}

function inCapitals(text: string): boolean {
  return /\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text);
}

/**
 * A line that stops mid-sentence above one that starts in lower case in the same font and column is one
 * sentence broken early (a narrow text box, a line the PDF ends short), wherever the margin is.
 */
function continuesSentence(above: PageLine, below: PageLine): boolean {
  if (!/[\p{L}\d,)’'-]$/u.test(above.text) || !/^\p{Ll}/u.test(below.text) || listStart.test(below.text)) return false;
  const tallest = Math.max(above.height, below.height);
  if (Math.abs(above.height - below.height) > heightTolerance * tallest) return false;
  if (Math.abs(below.x - above.x) <= 2 * tallest) return true;
  // "4. Car Parking Charges for … and" over "the Seafront Car Parks": an item's title wrapped under a hanging
  // indent, its number out in the margin to the left of where the wrapped line starts.
  return numberLabel.test(above.text) && below.x > above.x && below.x - above.x <= hangingIndent * tallest;
}

const numberLabel = /^\(?\d{1,3}(?:\.\d{1,2})*[.)]?\s/;
// How far, in font heights, a hanging indent sets wrapped lines in from the item's number.
const hangingIndent = 5;

/** "decision-" above "making", "90-" above "bed care home": a compound broken at its hyphen, joined without a space. */
function keepsHyphen(above: string, below: string): boolean {
  return /[A-Za-z\d]-$/.test(above) && /^[a-z]/.test(below);
}

/**
 * "informa-" above "tion": the hyphen goes when the paper spells the word whole elsewhere, or when one half is
 * no word at all: an ending ("length-" / "ened") or a bare syllable ("ac-" / "count"). A compound's halves are
 * words or prefixes ("decision-making", "co-production") and keep it.
 */
function dropsHyphen(above: string, below: string, vocabulary: Map<string, number>): boolean {
  // A figure's hyphen ("90-bed", "24-hour") is never a typesetter's.
  if (!keepsHyphen(above, below) || !/[A-Za-z]-$/.test(above)) return false;
  const head = (/([A-Za-z]+)-$/.exec(above)?.[1] ?? '').toLowerCase();
  const tail = (/^[a-z]+/.exec(below)?.[0] ?? '').toLowerCase();
  if (vocabulary.has(`${head}-${tail}`)) return false;
  if (vocabulary.has(head + tail)) return true;
  if (wordEnding.test(tail)) return true;
  // The tail is printed once, here: it counts as a word only when the paper uses it elsewhere ("ill-" / "health").
  const tailElsewhere = (vocabulary.get(tail) ?? 0) > 1;
  return head.length <= 3 && !compoundPrefix.test(head) && !vocabulary.has(head) && !tailElsewhere;
}

// Endings a typesetter breaks off a word, which never stand as a word of their own.
const wordEnding =
  /^(?:[aeiouc]?tions?|s?sions?|ened|ening|ments?|ness|ity|ities|ances?|ences?|ous|ives?|ible|able|ised|ized|ising|izing|isation|ization|ing|ings|ed|ly|ally|ary|ory|ial|ical|ures?)$/;
// Prefixes and short words written with a hyphen ("co-production", "re-tender", "one-off", "in-house").
const compoundPrefix =
  /^(?:co|re|ex|pre|non|sub|pro|mid|bi|tri|pan|de|un|one|two|six|ten|all|low|off|out|in|on|day|end|age|car|top|new|old|far|key|cut|set|run|big|eco|e)$/;

/** How often the paper prints each word, hyphenated compounds whole. */
function wordsOf(pages: PageLine[][]): Map<string, number> {
  const words = new Map<string, number>();
  for (const lines of pages) {
    for (const line of lines) {
      // A line's broken-off last syllable ("ac-") is no word the paper uses.
      for (const word of line.text
        .toLowerCase()
        .replace(/[a-z]+-$/, '')
        .match(/[a-z]+(?:-[a-z]+)*/g) ?? [])
        words.set(word, (words.get(word) ?? 0) + 1);
    }
  }
  return words;
}

/** The right margin: where most full lines of the page end (a wide table or URL must not move it). */
function rightEdgeOf(lines: PageLine[]): number {
  const ends = lines
    .filter((line) => line.text.length >= 40)
    .map((line) => line.endX)
    .sort((a, b) => a - b);
  if (ends.length < 3) return Math.max(0, ...lines.map((line) => line.endX));
  return ends[Math.floor(ends.length * 0.9)] ?? ends.at(-1)!;
}

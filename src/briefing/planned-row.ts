import { findDates } from '../core/dates.js';
import type { Span } from '../core/paper.js';

/** One piece of business a work programme plans for a sitting, spanning its words in the document. */
export interface PlannedItem extends Span {
  title: string;
}

export interface PlannedRow extends Span {
  items: PlannedItem[];
}

// What may precede a row's date: a table's cell border, a list marker or the weekday.
const rowLead = /^[\s|*•·-]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i;
// Where one planned item ends and the next begins: a bullet, or an HTML list item of a converted table.
const itemBreak = /[•·▪●]|<li\b[^>]*>/gi;
const continuation = /^\s*(?:[•·▪●]|<li\b)/i;

/**
 * The row of a work programme's text that plans the sitting on `date`: a line that starts with that date
 * ("29-Oct-31\t• Harbour dues • Slipway", "| Tuesday 14 May 2031 | Moorings review |"), with the lines
 * after it that continue its bullet list. A date in the middle of a line ("a workshop on 14 May") is not a
 * row, and a row with nothing beside its date plans nothing. `offset` is where `text` starts in the document.
 */
export function findPlannedRow(text: string, offset: number, date: string): PlannedRow | undefined {
  const lines = linesOf(text);
  for (const [index, line] of lines.entries()) {
    const first = findDates(line.text)[0];
    if (first?.iso !== date || !rowLead.test(line.text.slice(0, first.index))) continue;
    const rowStart = line.start + first.index + first.length;
    let rowEnd = line.end;
    for (const next of lines.slice(index + 1)) {
      if (!continuation.test(next.text)) break;
      rowEnd = next.end;
    }
    const items = plannedItems(text.slice(rowStart, rowEnd), offset + rowStart);
    if (items.length > 0) return { start: offset + line.start, end: offset + rowEnd, items };
  }
  return undefined;
}

function plannedItems(business: string, offset: number): PlannedItem[] {
  const breaks = [
    0,
    ...[...business.matchAll(itemBreak)].flatMap((match) => [match.index, match.index + match[0].length]),
  ];
  const items: PlannedItem[] = [];
  for (let index = 0; index < breaks.length; index += 2) {
    const start = breaks[index] ?? 0;
    const piece = business.slice(start, breaks[index + 1] ?? business.length);
    const title = piece
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^[\s|:–-]+|[\s|]+$/g, '');
    if (!/\p{L}{2}/u.test(title)) continue;
    const lead = piece.search(/\S/);
    items.push({ title, start: offset + start + lead, end: offset + start + piece.trimEnd().length });
  }
  return items;
}

function linesOf(text: string): (Span & { text: string })[] {
  const lines: (Span & { text: string })[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    lines.push({ text: line, start, end: start + line.length });
    start += line.length + 1;
  }
  return lines;
}

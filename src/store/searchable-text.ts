import type { Chunk } from '../core/chunk.js';
import { findDates, monthName } from '../core/dates.js';
import { foldSpellings } from '../core/spelling-variants.js';
import { addClosedForms } from '../core/tokenize.js';

/**
 * What the full-text index sees for a chunk: its heading path and meeting date in words, the text
 * without markup, and every date in it spelled out, so "December 2024" finds "03-Dec-24"; spelling
 * variants folded (foldSpellings), since an embedded index stems the text with its own tokenizer.
 */
export function searchableText(chunk: Chunk): string {
  const dates = findDates(chunk.text).map((date) => spokenDate(date.iso));
  return foldSpellings(
    [
      chunk.headingPath.slice(2).join(' '),
      chunk.meetingDate ? `meeting ${spokenDate(chunk.meetingDate)}` : '',
      // A register's later rows are found by their columns' names, as the rows printed under its header are.
      ...(chunk.tableHeader ? [chunk.tableHeader] : []),
      addClosedForms(chunk.text.includes('<') ? chunk.text.replace(/<[^>]+>/g, ' ') : chunk.text),
      dates.join(' '),
    ].join('\n'),
  );
}

export function spokenDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${monthName(month!)} ${year}`;
}

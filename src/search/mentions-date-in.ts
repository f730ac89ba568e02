import { findDates, monthNumber, monthPattern, toIso } from '../core/dates.js';
import type { DateRange } from './find-date-range.js';

const monthYear = new RegExp(String.raw`\b(${monthPattern})\s+(\d{4})\b`, 'gi');

const monthAlone = new RegExp(String.raw`\b(${monthPattern})\b(?!,?\s+\d{4})`, 'gi');

/** "29th of November", "22<sup>nd</sup> November": a day and month with no year. */
export const dayAndMonth = new RegExp(
  String.raw`\b\d{1,2}(?:<sup>)?(?:st|nd|rd|th)?(?:<\/sup>)?\s+(?:of\s+)?(?:${monthPattern})\b`,
  'i',
);

/**
 * Whether the text names a day or month inside the range ("03-Dec-24", "the end of March 2024").
 * Given the paper's own date, a bare month ("in May") is read as the latest such month up to it.
 */
export function mentionsDateIn(text: string, range: DateRange, paperDate?: string | null): boolean {
  if (!range.since && !range.until) return false;
  const inside = (iso: string) => (!range.since || iso >= range.since) && (!range.until || iso <= range.until);
  if (findDates(text).some((date) => inside(date.iso))) return true;
  for (const match of text.matchAll(monthYear)) {
    const first = toIso(Number(match[2]), monthNumber(match[1]!), 1);
    if (first && inside(first)) return true;
  }
  if (!paperDate) return false;
  const [paperYear, paperMonth] = paperDate.split('-').map(Number) as [number, number];
  for (const match of text.matchAll(monthAlone)) {
    const month = monthNumber(match[1]!);
    // Papers look back at what happened and ahead to what is planned: take the nearest such month.
    const monthsAhead = month - paperMonth;
    const year = monthsAhead > 6 ? paperYear - 1 : monthsAhead < -6 ? paperYear + 1 : paperYear;
    const first = toIso(year, month, 1);
    if (first && inside(first)) return true;
  }
  return false;
}

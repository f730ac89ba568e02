import * as chrono from 'chrono-node';
import { findDates } from '../papers/parse-date.js';

const defaultDays = 7;

/**
 * Reads when a digest starts from: an ISO date or timestamp, a British date ("1 September 2024"), or
 * plain words ("yesterday", "last Monday", "3 days ago"). No text means the last week; unreadable text
 * is undefined, for the caller to say so.
 */
export function parseSince(text: string | undefined, now: Date): Date | undefined {
  const trimmed = text?.trim() ?? '';
  if (trimmed === '') return new Date(now.getTime() - defaultDays * 24 * 60 * 60 * 1000);
  if (/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(trimmed)) {
    const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? `${trimmed}T00:00:00Z` : trimmed);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  const written = findDates(trimmed)[0];
  if (written) return new Date(`${written.iso}T00:00:00Z`);
  return chrono.en.GB.parseDate(trimmed, now) ?? undefined;
}

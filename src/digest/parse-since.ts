import { readDate } from '../core/dates.js';

const defaultDays = 7;

/**
 * Reads when a digest starts from (see readDate for what it accepts). No text means the last week;
 * unreadable text is undefined, for the caller to say so.
 */
export function parseSince(text: string | undefined, now: Date): Date | undefined {
  const trimmed = text?.trim() ?? '';
  if (trimmed === '') return new Date(now.getTime() - defaultDays * 24 * 60 * 60 * 1000);
  return readDate(trimmed, now);
}

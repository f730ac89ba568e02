import { printsMoreThanDate } from './planned-business.js';

// "When …", "what date / day / month …", "which day …": a date alone answers these.
const asksWhen = /\bwhen\b|\b(?:what|which)\s+(?:date|day|days|time|month|year|week)\b|\bnext (?:meeting|sitting)\b/i;

/**
 * "What is planned for the March sitting?" answered only by lines printing a date and nothing else: a work
 * programme's empty row ("04-Mar-31") or a heading's date says the day is there, not what it holds, and
 * quoting it reads as an answer the papers do not give. A question asking when is answered by a date alone.
 */
export function quotesOnlyDates(question: string, lines: string[]): boolean {
  if (asksWhen.test(question) || lines.length === 0) return false;
  return lines.every((line) => !printsMoreThanDate(line));
}

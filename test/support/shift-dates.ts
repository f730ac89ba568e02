import { findDates, monthName } from '../../src/core/dates.js';

const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const weekdayBefore = /(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(,?\s+)$/i;
const numericForm = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;
const leadingDay = /^(\d{1,2})(<sup>)?(st|nd|rd|th)?/i;
const monthWord =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\b/i;
const trailingYear = /\d+$/;
const dayInMs = 86_400_000;

/**
 * Moves every date that findDates recognises by `days`, keeping how it was written (ordinals,
 * zero padding, capitals, two-digit years) and the weekday written before it, so a copy of a
 * paper reads like a paper from another meeting and parses the same way.
 */
export function shiftDates(text: string, days: number): string {
  if (days === 0) return text;
  let shifted = '';
  let copied = 0;
  for (const found of findDates(text)) {
    if (found.index < copied) continue;
    const date = new Date(Date.parse(found.iso) + days * dayInMs);
    const original = text.slice(found.index, found.index + found.length);
    const before = text.slice(copied, found.index).replace(weekdayBefore, (_, weekday: string, gap: string) => {
      const moved = weekdays[(weekdays.indexOf(weekday.toLowerCase()) + (days % 7) + 7) % 7]!;
      return `${sameCase(weekday, moved)}${gap}`;
    });
    shifted += before + rewrite(original, date);
    copied = found.index + found.length;
  }
  return shifted + text.slice(copied);
}

/** Rewrites the day, month and year of a found date in place, leaving the rest of its spelling alone. */
function rewrite(original: string, date: Date): string {
  const day = date.getUTCDate();
  const month = date.getUTCMonth() + 1;
  const year = date.getUTCFullYear();
  const numeric = numericForm.exec(original);
  if (numeric) {
    const [, oldDay = '', oldMonth = '', oldYear = ''] = numeric;
    return `${pad(day, oldDay)}/${pad(month, oldMonth)}/${writeYear(year, oldYear)}`;
  }
  // "03-Dec-24" abbreviates the month and pads the day; "5 December 2023" does neither.
  const compact = !/\s/.test(original);
  return original
    .replace(trailingYear, (oldYear) => writeYear(year, oldYear))
    .replace(monthWord, (oldMonth) => sameCase(oldMonth, compact ? monthName(month).slice(0, 3) : monthName(month)))
    .replace(leadingDay, (_, oldDay: string, sup = '', suffix = '') => {
      const newDay = compact ? pad(day, oldDay) : String(day).padStart(oldDay.startsWith('0') ? 2 : 1, '0');
      return `${newDay}${sup}${suffix ? sameCase(suffix, ordinalSuffix(day)) : ''}`;
    });
}

/** Numeric and short forms are written zero-padded when the original has two digits ("24/11/23"). */
function pad(value: number, like: string): string {
  return String(value).padStart(like.length, '0');
}

function writeYear(year: number, like: string): string {
  return like.length === 2 ? String(year % 100).padStart(2, '0') : String(year);
}

function ordinalSuffix(day: number): string {
  if (day >= 11 && day <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
}

/** Writes `word` with the capitalisation of `like`: "DECEMBER", "december" or "December". */
function sameCase(like: string, word: string): string {
  if (like === like.toUpperCase() && like !== like.toLowerCase()) return word.toUpperCase();
  if (like === like.toLowerCase()) return word.toLowerCase();
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

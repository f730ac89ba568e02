import { findDates, monthName } from '../../src/papers/parse-date.js';

const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const weekdayBefore = /(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(,?\s+)$/i;
const longForm = /^(\d{1,2})((?:st|nd|rd|th)?)((?:<\/?sup>)?\s+(?:of\s+)?)([a-z]+)(\s*,?\s+)(\d{4})$/i;
const shortForm = /^(\d{1,2})-([a-z]{3})-(\d{2}|\d{4})$/i;
const numericForm = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;
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

function rewrite(original: string, date: Date): string {
  const day = date.getUTCDate();
  const month = date.getUTCMonth() + 1;
  const year = date.getUTCFullYear();
  const long = longForm.exec(original);
  if (long) {
    const [, oldDay = '', suffix = '', gap = '', oldMonth = '', comma = ''] = long;
    const newSuffix = suffix ? sameCase(suffix, ordinalSuffix(day)) : '';
    return `${String(day).padStart(oldDay.startsWith('0') ? 2 : 1, '0')}${newSuffix}${gap}${sameCase(oldMonth, monthName(month))}${comma}${year}`;
  }
  const short = shortForm.exec(original);
  if (short) {
    const [, oldDay = '', oldMonth = '', oldYear = ''] = short;
    return `${pad(day, oldDay)}-${sameCase(oldMonth, monthName(month).slice(0, 3))}-${writeYear(year, oldYear)}`;
  }
  const numeric = numericForm.exec(original);
  if (numeric) {
    const [, oldDay = '', oldMonth = '', oldYear = ''] = numeric;
    return `${pad(day, oldDay)}/${pad(month, oldMonth)}/${writeYear(year, oldYear)}`;
  }
  return original;
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

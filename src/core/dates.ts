import { createRequire } from 'node:module';

// chrono-node reads only the dates that readDate's own patterns do not, yet loading it costs a third of a
// command's start-up; it is required on the first such date instead (its CommonJS build, so readDate
// stays synchronous).
const require = createRequire(import.meta.url);
let chrono: typeof import('chrono-node') | undefined;

export const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The English month names as a regular-expression alternation, for patterns built around a month. */
export const monthPattern = monthNames.join('|');

const shortMonth = '(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)';
const dayThenShortMonth = new RegExp(String.raw`\b(\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)${shortMonth}(?![\w-])`, 'gi');
const shortMonthThenDay = new RegExp(String.raw`\b${shortMonth}\.?(\s+\d{1,2}(?:st|nd|rd|th)?)\b(?![-/.:]\d)`, 'gi');
const shortMonthThenYear = new RegExp(String.raw`\b${shortMonth}\.?(,?\s+(?:19|20)\d{2})\b(?![-/]\d)`, 'gi');

/**
 * A day or a year typed with its month cut short ("9 Jan", "Sept 3", "feb 2021"), written out in full, so
 * that what reads a month name reads it. Only beside a day or a year: alone, "mar" or "Jan" may be a word
 * or a name.
 */
export function spellOutMonths(text: string): string {
  const full = (short: string) => monthName(monthNumber(short));
  return spellOutNumericDates(text)
    .replace(dayThenShortMonth, (_match, day: string, month: string) => `${day}${full(month)}`)
    .replace(shortMonthThenDay, (_match, month: string, day: string) => `${full(month)}${day}`)
    .replace(shortMonthThenYear, (_match, month: string, year: string) => `${full(month)}${year}`);
}

const typedNumericDate = /\b(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\b/g;

/**
 * "3/2/25" as a member types it, written "3 February 2025" (day first, as British papers read): the papers print
 * their dates in words, so the search and every rule that reads a month name find the day only written out.
 * A number that is no calendar day ("31/2/25") stays as typed.
 */
function spellOutNumericDates(text: string): string {
  return text.replace(typedNumericDate, (typed, day: string, month: string, year: string) => {
    const fullYear = year.length === 2 ? 2000 + Number(year) : Number(year);
    return toIso(fullYear, Number(month), Number(day))
      ? `${Number(day)} ${monthName(Number(month))} ${fullYear}`
      : typed;
  });
}

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

// A PDF's superscript ordinal, converted to text, may be printed apart from its day ("15 TH SEPTEMBER") or read
// by OCR as marks ("20"" October", "21* July", "10™ DECEMBER"). Town clerks' formal style writes "the 3rd day of
// May 2032".
const longDate = new RegExp(
  String.raw`\b(\d{1,2})(?:<sup>)?(?:\s?(?:st|nd|rd|th)\b|\s?["”“*™']{1,2})?(?:<\/sup>)?\s+(?:day\s+of\s+|of\s+)?(${monthPattern})\s*,?\s+(\d{4})\b`,
  'gi',
);
// "November 2nd 2020", "AUGUST 24TH 2020": month first, as some English clerks write it too, read only with the
// day's ordinal (a bare "March 4 2025" stays unread outside headers).
const monthFirstOrdinal = new RegExp(String.raw`\b(${monthPattern})\s+(\d{1,2})(?:st|nd|rd|th)\b,?\s+(\d{4})\b`, 'gi');
const shortDate = /\b(\d{1,2})-(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)-(\d{2}|\d{4})\b/gi;
const numericDate = /\b(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\b/g;

/**
 * Finds every unambiguous calendar date written the British way ("5 December 2023", "03-Dec-24", "08/11/23"), or
 * month first with the day's ordinal ("November 2nd 2020").
 */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const match of text.matchAll(longDate)) {
    const iso = toIso(Number(match[3]), monthNames.indexOf(match[2]!.toLowerCase()) + 1, Number(match[1]));
    if (iso) found.push({ iso, index: match.index, length: match[0].length });
  }
  for (const match of text.matchAll(monthFirstOrdinal)) {
    const iso = toIso(Number(match[3]), monthNames.indexOf(match[1]!.toLowerCase()) + 1, Number(match[2]));
    if (iso) found.push({ iso, index: match.index, length: match[0].length });
  }
  for (const match of text.matchAll(shortDate)) {
    const month = monthNames.findIndex((name) => name.startsWith(match[2]!.toLowerCase())) + 1;
    const iso = toIso(expandYear(match[3]!), month, Number(match[1]));
    if (iso) found.push({ iso, index: match.index, length: match[0].length });
  }
  for (const match of text.matchAll(numericDate)) {
    const iso = toIso(expandYear(match[3]!), Number(match[2]), Number(match[1]));
    if (iso) found.push({ iso, index: match.index, length: match[0].length });
  }
  return found.sort((a, b) => a.index - b.index);
}

const dayOfMonth = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${monthPattern})\b(?:\s*,?\s+(\d{4})\b)?`,
  'gi',
);

export interface ImpossibleDate {
  /** The date as written: "31 February 2024". */
  phrase: string;
  /** Why no such day exists: "February 2024 has 29 days". */
  reason: string;
}

/** Days written with a month that has no such day: "31 February 2024", "29 February 2023", "31st of April". */
export function findImpossibleDates(text: string): ImpossibleDate[] {
  const found: ImpossibleDate[] = [];
  for (const match of text.matchAll(dayOfMonth)) {
    const day = Number(match[1]);
    const month = monthNames.indexOf(match[2]!.toLowerCase()) + 1;
    const year = match[3] === undefined ? undefined : Number(match[3]);
    // Without a year, a day is possible if any year has it (29 February).
    const days = new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate();
    // A number over 31 before a month is something else ("item 45 March 2024"), not a mistaken day.
    if (day <= days || day > 31) continue;
    const monthText = `${monthName(month)}${year === undefined ? '' : ` ${year}`}`;
    found.push({ phrase: match[0], reason: `${monthText} has ${days} days` });
  }
  return found;
}

export function findFirstDate(text: string): FoundDate | undefined {
  return findDates(text)[0];
}

function expandYear(year: string): number {
  return year.length === 2 ? 2000 + Number(year) : Number(year);
}

export function toIso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

export function monthName(month: number): string {
  const name = monthNames[month - 1] ?? '';
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** "Jan", "Feb", …: for patterns that accept either form of a month name. */
export function monthAbbreviation(month: number): string {
  return monthName(month).slice(0, 3);
}

/** The month (1–12) a full or three-letter English month name stands for, or 0. */
export function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  return lower.length < 3 ? 0 : monthNames.findIndex((month) => month.startsWith(lower.slice(0, 3))) + 1;
}

/**
 * Reads a date a person typed: an ISO date or timestamp, a British date ("1 September 2024", "01/09/2024"),
 * or plain words ("yesterday", "last Monday", "3 days ago", relative to `now`). Unreadable text is undefined,
 * for the caller to say so.
 */
export function readDate(text: string, now: Date): Date | undefined {
  const trimmed = text.trim();
  if (/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(trimmed)) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
      const [year, month, day] = trimmed.split('-').map(Number) as [number, number, number];
      return toIso(year, month, day) ? new Date(`${trimmed}T00:00:00Z`) : undefined;
    }
    const date = new Date(trimmed);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  const written = findDates(trimmed)[0];
  if (written) return new Date(`${written.iso}T00:00:00Z`);
  chrono ??= require('chrono-node') as typeof import('chrono-node');
  return chrono.en.GB.parseDate(trimmed, now) ?? undefined;
}

/** A Date as the ISO day it falls on in UTC. */
export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * "2023-10-31" → "31 October 2023" (answers, briefings, digests); undated papers say so rather than guess.
 * Written out as en-GB's long format would (Intl's first use loads locale data: a tenth of a command's start).
 */
export function formatMeetingDate(iso: string | null | undefined): string {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return 'undated paper';
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return 'undated paper';
  return `${date.getUTCDate()} ${monthName(date.getUTCMonth() + 1)} ${date.getUTCFullYear()}`;
}

/** "2023-10-31" → "31 Oct 2023" (Slack citation lines); parsed by hand so the server's time zone cannot shift the day. */
export function formatShortDate(iso: string | null | undefined): string {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!match) return 'undated';
  const [, year, month, day] = match;
  if (Number(month) < 1 || Number(month) > 12) return 'undated';
  return `${Number(day)} ${monthAbbreviation(Number(month))} ${year}`;
}

/** An ISO date moved by whole days ("2023-12-05", -1 → "2023-12-04"). */
export function shiftDate(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return toIsoDay(date);
}

import { findDates, monthNumber, monthPattern, toIso } from '../core/dates.js';

export interface DateRange {
  since?: string;
  until?: string;
  /** "the last meeting": resolved against the index, not the calendar. */
  latest?: boolean;
  /** A specific day the question names: most likely the day of the meeting it means. */
  anchor?: string;
}

const monthWord = `(${monthPattern})`;

/** Reads the time a question is about: "on 5 December 2023", "in 2024", "since March 2023", "last October". */
export function findDateRange(question: string, now: Date): DateRange | undefined {
  const text = question.toLowerCase();
  // "The last meeting before Christmas 2023" is the last before that day, not the latest on record.
  if (
    /\b(last|latest|most recent|previous) (meeting|committee)\b(?!\s+(?:held\s+)?(?:just\s+)?(?:before|prior to)\b)/.test(
      text,
    )
  )
    return { latest: true };
  const bound = boundedFrom.test(text) ? 'since' : boundedUntil.test(text) ? 'until' : null;
  const range =
    exactDate(text) ??
    monthOfYear(text) ??
    relativeMonth(text, now) ??
    christmas(text, bound) ??
    season(text) ??
    partOfYear(text) ??
    year(text, now);
  if (!range || datesAnEvent(text)) return undefined;
  const anchor = range.since !== undefined && range.since === range.until ? range.since : undefined;
  if (bound === 'since') return { since: range.since, anchor };
  if (bound === 'until') return { until: range.until, anchor };
  return { ...range, anchor };
}

// "Since March 2023", "after its January meeting", "from the start of 2024": a bound word just before the time it
// bounds. "Transfers from hospital … at the 3 December meeting" uses "from" of the topic: the day stays one day.
const boundedTime = String.raw`\s+(?:[\w'’-]+\s+){0,3}?(?:\d|(?:${monthPattern}|christmas|xmas|easter|spring|summer|autumn|winter|last|this)\b)`;
const boundedFrom = new RegExp(String.raw`\b(?:since|after|from)${boundedTime}`);
const boundedUntil = new RegExp(String.raw`\b(?:before|until|up to|prior to)${boundedTime}`);

const eventNoun = '(?:inspection|visit|consultation|election|review|audit|survey|assessment|peer challenge)s?';

const dateWords = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:${monthPattern}|(?:19|20)\d{2})`;

/** "the SEND inspection in September 2024", "the Ofsted visit of May 2023": the date says when the event was. */
const eventThenDate = new RegExp(
  String.raw`\b${eventNoun}\s+(?:(?:held|carried out|conducted|undertaken|run|that took place|which took place)\s+)?(?:in|on|during|of|from|last)\s+(?:the\s+)?${dateWords}\b`,
);

/** A body that sits, or its sitting: "the cabinet in March" dates a meeting. */
const sittingBody =
  /\b(?:meeting|sitting|committee|commission|cabinet|board|panel|council meeting|forum|sub-committee)s?\b/;

/**
 * Whether the date the question names is an event's rather than a meeting's: a date right after an
 * inspection, visit or consultation says when that happened, and the papers that report on it are
 * usually a later sitting's. A body that met, named anywhere in the question, keeps the date the sitting's.
 */
function datesAnEvent(text: string): boolean {
  return eventThenDate.test(text) && !sittingBody.test(text);
}

export interface YearlessDay {
  month: number;
  day: number;
}

const dayBeforeMonth = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${monthWord}\b(?!,?\s*(?:\d{4}|'?\d{2})\b)`,
);
const monthBeforeDay = new RegExp(String.raw`\b${monthWord}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d)`);

/**
 * A day the question names without its year ("the board on 12 March"): people leave the year
 * out when they mean the meeting they have in mind, so the index, not the calendar, says which year.
 */
export function findYearlessDay(question: string): YearlessDay | undefined {
  const text = question.toLowerCase();
  const before = dayBeforeMonth.exec(text);
  const after = before ? undefined : monthBeforeDay.exec(text);
  const day = Number(before?.[1] ?? after?.[2]);
  const month = monthNumber(before?.[2] ?? after?.[1] ?? '');
  if (!day || !month || day > 31) return undefined;
  return { month, day };
}

/** The range of one day, as a dated question about that day reads. */
export function dayRange(iso: string): DateRange {
  return { since: iso, until: iso, anchor: iso };
}

function exactDate(text: string): DateRange | undefined {
  const date = findDates(text)[0];
  return date ? { since: date.iso, until: date.iso } : undefined;
}

function monthOfYear(text: string): DateRange | undefined {
  const match = new RegExp(`\\b${monthWord},?\\s+(\\d{4})\\b`).exec(text);
  return match ? monthRange(Number(match[2]), monthNumber(match[1]!)) : undefined;
}

function relativeMonth(text: string, now: Date): DateRange | undefined {
  const match = new RegExp(`\\b(last|this)\\s+${monthWord}\\b`).exec(text);
  if (!match) return undefined;
  const month = monthNumber(match[2]!);
  const currentMonth = now.getUTCMonth() + 1;
  const year = match[1] === 'last' && month >= currentMonth ? now.getUTCFullYear() - 1 : now.getUTCFullYear();
  return monthRange(year, month);
}

/** "Before Christmas 2027", "at Christmas 2027": late December; before or after it, the rest of the year either side. */
function christmas(text: string, bound: string | null): DateRange | undefined {
  const match = /\b(?:christmas|xmas)\s+(?:of\s+)?((?:19|20)\d{2})\b/.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (bound === 'until') return { since: `${year}-01-01`, until: `${year}-12-24` };
  if (bound === 'since') return { since: `${year}-12-26`, until: `${year}-12-31` };
  return monthRange(year, 12);
}

// The months a season of a year names, as papers plan by them ("by autumn 2029"); winter runs into the next year.
const seasonMonths: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
};

/** "In the autumn of 2029", "spring 2030", "winter 2027": the three months of that season. */
function season(text: string): DateRange | undefined {
  const match = /\b(spring|summer|autumn|fall|winter)\s+(?:of\s+)?((?:19|20)\d{2})\b(?![-/]\d)/.exec(text);
  if (!match) return undefined;
  const year = Number(match[2]);
  if (match[1] === 'winter') return { since: `${year}-12-01`, until: monthRange(year + 1, 2).until };
  const [first, last] = seasonMonths[match[1]!]!;
  return { since: monthRange(year, first).since, until: monthRange(year, last).until };
}

// The third of a year "early", "mid" and "late" name: papers of January to April, May to August, September on.
const yearThirds: Record<string, [number, number]> = { early: [1, 4], mid: [5, 8], late: [9, 12] };

/** "In late 2023", "early 2031", "mid-2029": that third of the year, not the whole of it. */
function partOfYear(text: string): DateRange | undefined {
  const match = /\b(early|mid|late)[\s-]+((?:19|20)\d{2})\b(?![-/]\d)/.exec(text);
  if (!match) return undefined;
  const year = Number(match[2]);
  const [first, last] = yearThirds[match[1]!]!;
  return { since: monthRange(year, first).since, until: monthRange(year, last).until };
}

function year(text: string, now: Date): DateRange | undefined {
  if (/\blast year\b/.test(text)) return yearRange(now.getUTCFullYear() - 1);
  if (/\bthis year\b/.test(text)) return yearRange(now.getUTCFullYear());
  // A bare year, but not one half of a financial year like "2022-2023" or "2023/24".
  const match = /\b(?:in|during|of|for|since|before|from)\s+((?:19|20)\d{2})\b(?![-/]\d)/.exec(text);
  return match ? yearRange(Number(match[1])) : undefined;
}

function monthRange(year: number, month: number): DateRange {
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { since: toIso(year, month, 1), until: toIso(year, month, lastDay) };
}

function yearRange(year: number): DateRange {
  return { since: `${year}-01-01`, until: `${year}-12-31` };
}

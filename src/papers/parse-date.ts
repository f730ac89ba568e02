const monthNames = [
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

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

const longDate =
  /\b(\d{1,2})(?:<sup>)?(?:st|nd|rd|th)?(?:<\/sup>)?\s+(?:of\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)\s*,?\s+(\d{4})\b/gi;
const shortDate = /\b(\d{1,2})-(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)-(\d{2}|\d{4})\b/gi;
const numericDate = /\b(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\b/g;

/** Finds every unambiguous calendar date written the British way ("5 December 2023", "03-Dec-24", "08/11/23"). */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const match of text.matchAll(longDate)) {
    const iso = toIso(Number(match[3]), monthNames.indexOf(match[2]!.toLowerCase()) + 1, Number(match[1]));
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

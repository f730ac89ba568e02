import { monthPattern } from '../../core/dates.js';

// "In October 2021", "as of March 2019", "at the end of 2003": the time a figure or fact is asked for. "Since 2019"
// asks from when.
const periodAsked = new RegExp(
  String.raw`\b(?:in|as of|as at|at|during|by|for)\s+(?:the\s+)?(?:(?:end|start|beginning) of\s+)?(?:(?:${monthPattern})[a-z]*\s+)?((?:19|20)\d{2})\b(?!\s*[/–-]\s*\d)`,
  'i',
);
// "In 2020/2021", "during 2019-20": a financial or academic year asked for.
const spanAsked = /\b(?:in|during|for)\s+(?:the\s+)?((?:19|20)\d{2})\s*[/–-]\s*(\d{2,4})\b/i;
const yearOrSpan = /\b((?:19|20)\d{2})(?:\s*[/–-]\s*(\d{2,4}))?\b/g;
// A programme's row date ("28-Jan-25", "4 Mar 25") prints its year in two digits.
const shortYearDate =
  /\b\d{1,2}[- ](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[- ](\d{2})\b(?![-/:.]?\d)/gi;

export interface QuotedLine {
  text: string;
  /** The ISO date of the meeting the line's paper belongs to, if known. */
  meetingDate: string | null;
  /** The title of the item the line is under ("Fees 2031/32"): the period its figures are of, when it prints one. */
  heading?: string;
  /** The text of the passage the line stands in: the period its report covers, where the line prints no year. */
  passage?: string;
}

// "the March 2022 to March 2023 Annual Report", "the period of April 2023 to March 2024": the months a report covers.
const monthsSpan = new RegExp(
  String.raw`\b(?:${monthPattern})[a-z]*\s+((?:19|20)\d{2})\s+(?:to|until|[–-])\s+(?:${monthPattern})[a-z]*\s+((?:19|20)\d{2})\b`,
  'gi',
);

/**
 * "How many were on the caseload in October 2021?" answered only by lines of another year ("As of October 2024,
 * the team worked with 894"): the figure asked for is of a time the papers do not cover, and quoting another
 * year's reads as it. True only when the quoted lines print a year, none of them (nor a span such as "2020/21")
 * covers the year asked, and none comes from a meeting held in it; lines that print no year leave the question's
 * year to the usual checks. A span asked ("in 2020/21") is covered by any year of it, or by a meeting of the year after.
 */
export function asksForPeriodNotCovered(question: string, lines: QuotedLine[]): boolean {
  if (asksForSeasonNotCovered(question, lines)) return true;
  if (asksSinceNotCovered(question, lines)) return true;
  const asked = askedPeriod(question);
  if (!asked || lines.length === 0) return false;
  const [first, last] = asked;
  // A span is a period of its own: "the 2036-37 season" is not "the 2037-38" one though they share a year, and the
  // dates of a line printing spans ("on June 9, 2037") say when things happened, not which period its figures are of.
  // The item's title names the period its lines are of, whatever other span they compare with.
  if (last > first) {
    const spans = lines.flatMap((line) =>
      printedYears(`${line.heading ?? ''} ${line.text}`, { ownOnly: true }).filter(([from, to]) => to > from),
    );
    if (spans.length > 0) return !spans.some(([from, to]) => from <= first && last <= to);
  }
  // A year's report comes to the meetings of the year after it ends.
  const heldIn = (year: number) => first <= year && year <= (last > first ? last + 1 : last);
  if (lines.some((line) => line.meetingDate && heldIn(Number(line.meetingDate.slice(0, 4))))) return false;
  // A line printing no year is of the year its item's title names ("Parish Rate 2037": "the proposition was …
  // ADOPTED"), as a span is.
  const printed = lines.flatMap((line) => {
    const own = [
      ...printedYears(line.text),
      ...[...line.text.matchAll(shortYearDate)].map((match): [number, number] => [
        2000 + Number(match[1]),
        2000 + Number(match[1]),
      ]),
    ];
    return own.length > 0 ? own : printedYears(line.heading ?? '');
  });
  if (printed.length > 0) return !printed.some(([from, to]) => from <= last && first <= to);
  // Lines that print no year ("the Board focused on three priorities") are of the period their passage's report
  // covers ("the March 2022 to March 2023 Annual Report"): a span asked that none of its spans holds is another year's.
  if (last === first) return false;
  const covered = lines.flatMap((line) => printedSpans(line.passage ?? ''));
  return covered.length > 0 && !covered.some(([from, to]) => from <= first && last <= to);
}

/** The spans of years a passage prints ("2022-2023", "March 2022 to March 2023"), as their first and last year. */
function printedSpans(text: string): [number, number][] {
  const months = [...text.matchAll(monthsSpan)].map((match): [number, number] => [Number(match[1]), Number(match[2])]);
  return [...printedYears(text), ...months].filter(([from, to]) => to > from);
}

// "Since 2020", "since the start of 2019", "since April 2021": the start of a running total or trend asked for.
const sinceAsked = new RegExp(
  String.raw`\bsince\s+(?:the\s+(?:start|beginning|end)\s+of\s+)?(?:(?:${monthPattern})[a-z]*\s+)?((?:19|20)\d{2})\b(?!\s*[/–-]\s*\d)`,
  'i',
);
// The start a line counts from: "since April 2023", "since the legislation was introduced in 2004", "from the
// commencement of the programme in September 2021".
const sincePrinted = new RegExp(
  String.raw`\b(?:since|from\s+the\s+(?:commencement|start|beginning|launch)\s+of)\s+(?:[\w'’-]+\s+){0,6}?(?:(?:${monthPattern})[a-z]*\s+)?((?:19|20)\d{2})\b`,
  'gi',
);
// "Within the previous 2 years", "over the last three years": a span counted back from the meeting.
const yearsBack =
  /\b(?:over|within|in|during|for)\s+the\s+(?:previous|last|past)\s+(\d|two|three|four|five)\s+years?\b/gi;
const smallNumbers: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };

/**
 * "How many carers have been recruited since 2020?" answered only by lines counting from another start ("Since
 * April 2023, 8 new carers have been recruited", "within the previous 2 years incidents spiked"): their total is of
 * another period, and quoting it reads as the one asked. True only when the quoted lines print a start, none of
 * them in the year asked, and none prints that year at all.
 */
function asksSinceNotCovered(question: string, lines: QuotedLine[]): boolean {
  const asked = sinceAsked.exec(question)?.[1];
  if (!asked) return false;
  const starts = lines.flatMap((line) => {
    const printed = [...line.text.matchAll(sincePrinted)].map((match) => Number(match[1]));
    const held = Number(line.meetingDate?.slice(0, 4));
    const back = Number.isFinite(held)
      ? [...line.text.matchAll(yearsBack)].map((match) => {
          const count = match[1]!.toLowerCase();
          return held - (smallNumbers[count] ?? Number(count));
        })
      : [];
    return [...printed, ...back];
  });
  if (starts.length === 0) return false;
  const year = Number(asked);
  return !starts.includes(year) && !lines.some((line) => line.text.includes(asked));
}

// "The spring 2032 grants round", "by spring term 2025", "the autumn 2031 survey": a season of a year, which names
// one round, term or edition of something run several times a year.
const seasonOfYear = /\b(spring|summer|autumn|fall|winter)\s+(?:term\s+)?((?:19|20)\d{2})\b/gi;

/**
 * "How much did the hub receive in the spring 2032 round?" answered only by lines under another season's round
 * ("Community grants round – autumn 2031"): another round's figures read as the one asked. True only when the
 * quoted lines or their items print a season of a year and none is the one asked.
 */
function asksForSeasonNotCovered(question: string, lines: QuotedLine[]): boolean {
  const asked = [...question.matchAll(seasonOfYear)].map(seasonKey);
  if (asked.length === 0) return false;
  const printed = lines.flatMap((line) =>
    [...`${line.heading ?? ''} ${line.text}`.matchAll(seasonOfYear)].map(seasonKey),
  );
  return printed.length > 0 && !printed.some((season) => asked.includes(season));
}

/** "Autumn 2031", "fall 2031" and "autumn term 2031" as one key. */
function seasonKey(match: RegExpMatchArray): string {
  const season = match[1]!.toLowerCase();
  return `${season === 'fall' ? 'autumn' : season} ${match[2]}`;
}

// "79% compared with 75% in 2021/2022", "a 1% improvement with 2021/22", "12 more than 2041/42": the period a figure
// is compared with, printed just after the words comparing it. Figures are compared with the period before theirs,
// so the line's own period is the one after it.
const comparedWith =
  /\b(?:compared (?:with|to)|(?:improvement|increase|decrease|rise|fall|reduction|up|down) (?:on|from|with)|than)\s+(?:[\w%.]+\s+){0,3}$/i;

/**
 * Each year ("2031") or span ("2020/21", "2031/2032") a line prints, as its first and last year; read for the line's
 * own periods, a period it is compared with stands for the one after it.
 */
function printedYears(text: string, { ownOnly = false } = {}): [number, number][] {
  return [...text.matchAll(yearOrSpan)].map((match) => {
    const from = Number(match[1]);
    const to = match[2] ? spanEnd(match[2], from) : from;
    const compared = ownOnly && comparedWith.test(text.slice(Math.max(0, match.index - 40), match.index));
    return compared ? [from + 1, to + 1] : [from, to];
  });
}

/** The first and last year of the period asked: one year, or a span such as "2020/21". */
function askedPeriod(question: string): [number, number] | undefined {
  const year = periodAsked.exec(question)?.[1];
  if (year) return [Number(year), Number(year)];
  const span = spanAsked.exec(question);
  if (!span) return undefined;
  const from = Number(span[1]);
  const to = spanEnd(span[2]!, from);
  return to > from && to - from <= 2 ? [from, to] : undefined;
}

function spanEnd(written: string, from: number): number {
  return written.length === 4 ? Number(written) : Math.floor(from / 100) * 100 + Number(written);
}

import { monthPattern } from '../../core/dates.js';

// "In October 2021", "as of March 2019", "at the end of 2003": the time a figure or fact is asked for. "Since 2019"
// asks from when, and "in 2023/24" a span that other checks read.
const periodAsked = new RegExp(
  String.raw`\b(?:in|as of|as at|at|during|by|for)\s+(?:the\s+)?(?:(?:end|start|beginning) of\s+)?(?:(?:${monthPattern})[a-z]*\s+)?((?:19|20)\d{2})\b(?!\s*[/–-]\s*\d)`,
  'i',
);
const yearOrSpan = /\b((?:19|20)\d{2})(?:\s*[/–-]\s*(\d{2,4}))?\b/g;

export interface QuotedLine {
  text: string;
  /** The ISO date of the meeting the line's paper belongs to, if known. */
  meetingDate: string | null;
}

/**
 * "How many were on the caseload in October 2021?" answered only by lines of another year ("As of October 2024,
 * the team worked with 894"): the figure asked for is of a time the papers do not cover, and quoting another
 * year's reads as it. True only when the quoted lines print a year, none of them (nor a span such as "2020/21")
 * covers the year asked, and none comes from a meeting held in it; lines that print no year leave the question's
 * year to the usual checks.
 */
export function asksForPeriodNotCovered(question: string, lines: QuotedLine[]): boolean {
  const asked = periodAsked.exec(question)?.[1];
  if (!asked || lines.length === 0) return false;
  const year = Number(asked);
  if (lines.some((line) => line.meetingDate?.startsWith(asked))) return false;
  const printed = lines.flatMap((line) =>
    [...line.text.matchAll(yearOrSpan)].map((match): [number, number] => {
      const from = Number(match[1]);
      const to = match[2] ? spanEnd(match[2], from) : from;
      return [from, to];
    }),
  );
  return printed.length > 0 && !printed.some(([from, to]) => from <= year && year <= to);
}

function spanEnd(written: string, from: number): number {
  return written.length === 4 ? Number(written) : Math.floor(from / 100) * 100 + Number(written);
}

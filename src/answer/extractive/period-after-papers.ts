import { monthNumber, monthPattern } from '../../core/dates.js';
import type { QuotedLine } from './period-not-covered.js';

// "At cabinet in December 2024", "in 2025", "on 3 March 2031": the month or year a question puts what it asks about
// in. "By 2020" is a deadline, not when something happened.
const periodAsked = new RegExp(
  String.raw`\b(?:in|at|during|on)\s+(?:(?:early|late|mid)[\s-]+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:(${monthPattern})[a-z]*\s+)?((?:19|20)\d{2})\b(?!\s*[/–-]\s*\d)`,
  'i',
);
// Asked what happened, in the past tense of the question itself: "what was the vote", "what grade did it get",
// "how many went to the open day".
const pastTense = /\b(?:was|were|did|had|went|came|got|took|attended|happened)\b/i;
// What was planned, expected or due for that time, which an earlier paper does hold; "when" asks for a date, which a
// plan may give; "what happens if … had not …" supposes, and the paper may say what would follow.
const planned =
  /^\s*when\b|\b(?:if|unless|happens|will|would|going to|due|planned|plans?|scheduled|expected|proposed|lined up|to be|programme|agenda|forward plan|coming|timetabled|intended|anticipated|forecast|projected|target(?:ed)?)\b/i;

/**
 * "What was the vote at cabinet in December 2024?" answered from papers of October 2024 ("Cabinet agreed to
 * respond by December 2024"): every quoted line comes from a meeting held before the month or year asked, and a
 * paper cannot report what happened after it was written, so whatever it says of that time is what was still to
 * come. Questions about what was planned or due then, and "when" questions, are left alone; so are lines of
 * unknown date.
 */
export function asksForPeriodAfterPapers(question: string, lines: QuotedLine[]): boolean {
  const match = periodAsked.exec(question);
  if (!match || lines.length === 0 || !pastTense.test(question) || planned.test(question)) return false;
  const month = match[1] ? String(monthNumber(match[1])).padStart(2, '0') : '01';
  const start = `${match[2]}-${month}-01`;
  return lines.every((line) => line.meetingDate !== null && line.meetingDate < start);
}

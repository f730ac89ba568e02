import { monthNumber, monthPattern } from '../../core/dates.js';
import type { QuotedLine } from './period-not-covered.js';

// "At cabinet in December 2024", "in 2025", "on 3 March 2031": the month or year a question puts what it asks about
// in. "By 2020" is a deadline, not when something happened.
const periodAsked = new RegExp(
  String.raw`\b(?:in|at|during|on)\s+(?:(?:early|late|mid)[\s-]+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:(${monthPattern})[a-z]*\s+)?((?:19|20)\d{2})\b(?!\s*[/–-]\s*\d)`,
  'i',
);
// "On 13 March", "at cabinet on 2nd june": a day typed without its year.
const dayAsked = new RegExp(
  String.raw`\b(?:at|on)\s+(\d{1,2})(?:st|nd|rd|th)?\s+(${monthPattern})[a-z]*\b(?!\s*,?\s*(?:19|20)\d{2})`,
  'i',
);
// Asked what happened, in the past tense of the question itself: "what was the vote", "what grade did it get",
// "how many went to the open day", "who won the contract".
const pastTense =
  /\b(?:was|were|did|had|went|came|got|took|attended|happened|won|lost|chose|gave|made|paid|spent|sold|bought|became|began)\b/i;
// What was planned, expected or due for that time, which an earlier paper does hold; "when" asks for a date, which a
// plan may give; "what happens if … had not …" supposes, and the paper may say what would follow; "where was the
// report going in May" asks where it was headed, not what came of it ("going on" is what happened).
const planned =
  /^\s*when\b|\b(?:if|unless|happens|will|would|going(?! on\b)|headed|heading|due|planned|plans?|scheduled|expected|proposed|lined up|to be|programme|agenda|forward plan|coming|timetabled|intended|anticipated|forecast|projected|target(?:ed)?)\b/i;

/**
 * "What was the vote at cabinet in December 2024?" answered from papers of October 2024 ("Cabinet agreed to
 * respond by December 2024"): every quoted line comes from a meeting held before the month or year asked, and a
 * paper cannot report what happened after it was written, so whatever it says of that time is what was still to
 * come. Questions about what was planned or due then, and "when" questions, are left alone; so are lines of
 * unknown date.
 */
export function asksForPeriodAfterPapers(question: string, lines: QuotedLine[]): boolean {
  if (lines.length === 0 || !pastTense.test(question) || planned.test(question)) return false;
  const match = periodAsked.exec(question);
  if (match) {
    const month = match[1] ? String(monthNumber(match[1])).padStart(2, '0') : '01';
    const start = `${match[2]}-${month}-01`;
    return lines.every((line) => line.meetingDate !== null && line.meetingDate < start);
  }
  return dayAfterPapers(question, lines);
}

/**
 * "What did full council approve on 13 March?" typed without a year, answered only from papers of one year's
 * earlier weeks (a February report saying it goes to council on 13 March): that day, read as its occurrence
 * nearest the newest quoted paper, comes after every one of them, so they can only say what was still to come.
 */
function dayAfterPapers(question: string, lines: QuotedLine[]): boolean {
  const day = dayAsked.exec(question);
  if (!day || lines.some((line) => line.meetingDate === null)) return false;
  const newest = lines.reduce((latest, line) => (line.meetingDate! > latest ? line.meetingDate! : latest), '');
  const year = Number(newest.slice(0, 4));
  const monthDay = `${String(monthNumber(day[2]!)).padStart(2, '0')}-${day[1]!.padStart(2, '0')}`;
  // The day's nearest occurrence to the newest paper: "17 December" of a January paper is the December before it.
  const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  const asked = [year - 1, year, year + 1]
    .map((candidate) => `${candidate}-${monthDay}`)
    .reduce((best, candidate) =>
      Math.abs(days(candidate) - days(newest)) < Math.abs(days(best) - days(newest)) ? candidate : best,
    );
  return asked > newest;
}

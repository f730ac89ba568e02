import { findDates, monthPattern } from '../../core/dates.js';
import { omitsAmountAsked } from './amount-not-given.js';
import { shownKinds } from './answer-kinds.js';

// "How many", "what number of": a count. "The number of" inside a question is often the topic ("has the number
// of exclusions gone up?"), answered by a change in words, so only these two ask for the count itself.
const howMany = /\bhow many\b|\bwhat (?:is the |was the )?number of\b/i;
// A count told in words: "there were none", "no declarations", "all schools", "a single", "unanimously", "once".
const countInWords =
  /\b(?:no|none|no one|no-one|nobody|not any|nil|all|every|each|single|unanimous(?:ly)?|once|twice|both|neither)\b/i;

/**
 * "How many fines were issued?" answered only by lines that print no number: they name the topic (often as a
 * member's question put to officers, "on the spot fines were needed") but not how many, and quoting them reads as
 * an answer that is not there. A list of people is a count ("apologies from A, B and C"), as are "none", "all" and
 * "both"; a sum or a measure may be how the papers count ("£2m of loans", "70 m of footpath").
 */
export function omitsCountAsked(question: string, lines: string[]): boolean {
  if (!howMany.test(question) || lines.length === 0) return false;
  return !lines.some((line) => {
    const shown = shownKinds(line);
    return (
      shown.has('count') ||
      shown.has('amount') ||
      shown.has('measure') ||
      shown.has('existence') ||
      shown.has('person') ||
      /\d/.test(withoutWhen(line)) ||
      countInWords.test(line)
    );
  });
}

const dayOfMonth = new RegExp(String.raw`\b\d{1,2}\s?(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${monthPattern})\b`, 'gi');
const yearOrClock =
  /\b(?:19|20)\d{2}(?:\s*[/-]\s*\d{2,4})?\b|\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}[.:]\d{2}\b/gi;

/**
 * A line without the digits that say when ("a workshop on 21 st October 2024 at 10:00", "in 2023/24"): a day, a
 * year or a clock time counts nothing, so a line whose only digits are those gives no count.
 */
function withoutWhen(line: string): string {
  let text = line;
  for (const date of findDates(line).reverse()) {
    text = text.slice(0, date.index) + text.slice(date.index + date.length);
  }
  return text.replace(dayOfMonth, ' ').replace(yearOrClock, ' ');
}

// "How many …?" put in the sitting, or "no answer on the number of …": the count asked there.
const countAsked = /\bhow many\b|\bthe number of\b/i;

/**
 * The same for what was said in a sitting: speech is full of "all", "both", "each" and "no" that count nothing
 * ("students from both the EU and abroad", "all the work of the board"), so only a figure, in digits or in
 * words, is a count said; a reply that gives none reads as the answer the sitting did not give. Unless the count
 * was asked in the sitting itself: a member's "how many …?", or "no answer on the number of …", left unanswered is
 * what the sitting holds on it ("a large number of" counts nothing and asks nothing).
 */
export function omitsCountSaid(question: string, lines: string[]): boolean {
  if (!howMany.test(question) || lines.length === 0 || lines.some((line) => countAsked.test(line))) return false;
  return !lines.some((line) => {
    const shown = shownKinds(line);
    return shown.has('count') || shown.has('amount') || shown.has('measure') || /\d/.test(line);
  });
}

/**
 * Whether a spoken answer ("- Name said that … [1]" per speaker) asked how much or how many gives no figure: its
 * lines read without their citation markers, whose numbers are no figure.
 */
export function omitsFigureSaid(question: string, answerText: string): boolean {
  const lines = answerText
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => line.replace(/\s*\[\d+\]$/, ''));
  return omitsAmountAsked(question, lines) || omitsCountSaid(question, lines);
}

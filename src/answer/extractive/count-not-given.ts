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
      /\d/.test(line) ||
      countInWords.test(line)
    );
  });
}

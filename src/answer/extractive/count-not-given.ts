import { shownKinds } from './answer-kinds.js';

// "How many fines / arrests / places …" asks for a number of things.
const howMany = /\bhow many\b/i;
// A count told in words: "none", "no-one", "all of them", "a single", "unanimously", "once".
const countInWords =
  /\b(?:none|no one|no-one|nobody|not any|all|every|each|single|unanimous(?:ly)?|once|twice|both|neither)\b/i;

/**
 * "How many fines were issued?" answered only by lines that print no number: they name the topic ("on the spot
 * fines were needed") but not how many, and quoting them reads as an answer that is not there. A list of people
 * is a count ("apologies from A, B and C"), as are "none", "all" and "both"; a sum or a measure may be how the
 * papers count ("£2m of loans", "70 m of footpath").
 */
export function omitsCountAsked(question: string, lines: string[]): boolean {
  if (!howMany.test(question) || lines.length === 0) return false;
  return !lines.some((line) => {
    const shown = shownKinds(line);
    return (
      shown.has('count') ||
      shown.has('amount') ||
      shown.has('measure') ||
      shown.has('person') ||
      countInWords.test(line)
    );
  });
}

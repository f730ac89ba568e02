import { contentTerms } from '../../core/tokenize.js';
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

// The thing counted, typed after "how many": up to the first word that ends the noun phrase.
const countedPhrase =
  /\bhow many\s+((?:(?!(?:are|is|was|were|did|do|does|have|has|had|will|would|can|could|should|in|on|at|of|for|from|with|to|by|the|a|an|there|they|we|you|it)\b)[\p{L}\d'’-]+\s*){1,3})/iu;
// Counted nouns so general that the papers count them under another name ("30 against", "Cllrs Amberley, Voss").
const generalCounts = new Set(contentTerms('people persons person members member councillors councillor times ones'));

/**
 * "How many staff move across?" answered by lines whose numbers count something else ("working with 894 young
 * adults"): the papers print a number, but not of the thing asked, and quoting it reads as the count. Only when
 * none of the lines, nor their item headings, names what the question counts; a general noun ("people",
 * "members") the papers count in other words is not judged. `stemsOf` gives the stems a line holds, with the
 * question's other words for them.
 */
export function countsOtherThing(
  question: string,
  lines: { text: string; heading: string }[],
  stemsOf: (text: string) => Set<string>,
): boolean {
  const phrase = countedPhrase.exec(question)?.[1];
  if (!phrase || lines.length === 0) return false;
  const counted = contentTerms(phrase);
  if (counted.length === 0 || counted.some((stem) => generalCounts.has(stem))) return false;
  return !lines.some((line) => {
    const printed = stemsOf(`${line.heading} ${line.text}`);
    return counted.some((stem) => printed.has(stem));
  });
}

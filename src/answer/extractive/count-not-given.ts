import { shownKinds } from './answer-kinds.js';

// "How many", "what number of": a count. "The number of" inside a question is often the topic ("has the number
// of exclusions gone up?"), answered by a change in words, so only these two ask for the count itself.
const howMany = /\bhow many\b|\bwhat (?:is the |was the )?number of\b/i;
// "There were none", "no declarations", "all schools", "every ward": a count told in words.
const countInWords = /\b(?:no|none|nobody|all|every|both|neither|nil)\b/i;

/**
 * "How many social workers are also trained as youth workers?" answered only by lines that print no
 * number: the papers name the topic (often as a member's question put to officers) but not the count,
 * and quoting them reads as an answer that is not there.
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
      /\d/.test(line) ||
      countInWords.test(line)
    );
  });
}

import type { Expansion } from '../../search/expand-vocabulary.js';

const joiningWords = new Set(['and', 'of', 'the', 'for', '&']);

/**
 * A name the question spells out ("the wild atlantic way gateway pilot") that a passage prints only as its
 * acronym ("WAW Gateway towns"): papers define an acronym once and use it after, so the lines holding the answer
 * say "WAW" where the question says the words. Three letters at least: two-letter capitals ("SE", "AM") are too
 * often something else.
 */
export function abbreviatedNames(question: string, texts: string[]): Expansion[] {
  const words = question
    .toLowerCase()
    .split(/[^\p{L}\d'’-]+/u)
    .filter((word) => word.length > 0 && !joiningWords.has(word));
  const typed = new Set(words);
  const printed = new Set(texts.flatMap((text) => text.match(/\b[A-Z]{3,6}\b/g) ?? []));
  const found: Expansion[] = [];
  for (const acronym of printed) {
    const letters = acronym.toLowerCase();
    if (typed.has(letters)) continue;
    for (let start = 0; start + letters.length <= words.length; start += 1) {
      const run = words.slice(start, start + letters.length);
      if (run.every((word, index) => word.length > 1 && word[0] === letters[index])) {
        found.push({ used: run.join(' '), alternatives: [acronym] });
        break;
      }
    }
  }
  return found;
}

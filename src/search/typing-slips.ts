import { contentTerms, stem } from '../core/tokenize.js';
import type { Expansion } from './expand-vocabulary.js';

const letters = 'abcdefghijklmnopqrstuvwxyz';

// Shorter unseen words are as often names or new words as slips ("Leeds" is one letter from "needs").
const shortestSlip = 7;

/**
 * The words one typing slip from a word: a letter left out, one too many, or two swapped. Not a letter changed:
 * that makes another real word too often ("heating" / "heading", "seating"), and a question about heating would
 * read as one about every paper's headings.
 */
export function oneSlipAway(word: string): string[] {
  const found = new Set<string>();
  for (let at = 0; at <= word.length; at += 1) {
    const before = word.slice(0, at);
    const after = word.slice(at);
    if (after.length > 0) found.add(before + after.slice(1));
    if (after.length > 1) found.add(before + after[1] + after[0] + after.slice(2));
    for (const letter of letters) found.add(before + letter + after);
  }
  found.delete(word);
  return [...found];
}

/**
 * A word of the question that the papers never print and that is long enough for a slip to be likelier than a
 * word new to them ("ofstead", "comission", "recomendations") reads as the printed word one slip away that the
 * most passages hold: an expansion, so the typed word counts as present wherever that word is.
 */
export async function typingSlips(
  typed: string[],
  isUnseen: (word: string) => boolean,
  documentFrequencies: (stems: string[]) => Promise<Map<string, number>>,
): Promise<Expansion[]> {
  const slipped = [...new Set(typed)].filter(
    (word) => word.length >= shortestSlip && /^[a-z]+$/.test(word) && isUnseen(word),
  );
  if (slipped.length === 0) return [];
  const variants = new Map(
    slipped.map((word) => [
      word,
      oneSlipAway(word).filter((variant) => contentTerms(variant).length === 1 && stem(variant) !== stem(word)),
    ]),
  );
  const frequencies = await documentFrequencies([
    ...new Set([...variants.values()].flat().map((variant) => stem(variant))),
  ]);
  return slipped.flatMap((word) => {
    let best: string | undefined;
    let bestCount = 0;
    for (const variant of variants.get(word) ?? []) {
      const count = frequencies.get(stem(variant)) ?? 0;
      if (count > bestCount) {
        best = variant;
        bestCount = count;
      }
    }
    return best ? [{ used: word, alternatives: [best] }] : [];
  });
}

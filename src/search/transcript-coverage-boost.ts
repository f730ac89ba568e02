import type { Chunk } from '../core/chunk.js';
import { contentTerms } from '../core/tokenize.js';

// A transcript passage holding none of the question's words keeps this share of its score; one holding
// all of them gains the rest of `span` on top.
const floor = 0.3;
const span = 1.4;

/**
 * How much a transcript passage's own words cover the question, weighted by rarity, as a ranking factor.
 * A sitting's talk repeats its words over and over, so full-text and vector scores rank a passage that
 * says one rare word many times above the exchange that speaks to the whole question; papers of other
 * kinds are left as they rank. `stemsOf` may remember a passage's stems between questions.
 */
export function transcriptCoverageBoost(
  chunk: Pick<Chunk, 'kind' | 'text'>,
  questionStems: string[],
  inverseDocumentFrequency: (stem: string) => number,
  stemsOf: (text: string) => Set<string> = (text) => new Set(contentTerms(text)),
): number {
  if (chunk.kind !== 'transcript' || questionStems.length === 0) return 1;
  const present = stemsOf(chunk.text);
  const total = questionStems.reduce((sum, term) => sum + inverseDocumentFrequency(term), 0);
  if (total === 0) return 1;
  const held = questionStems.reduce((sum, term) => sum + (present.has(term) ? inverseDocumentFrequency(term) : 0), 0);
  return floor + span * (held / total);
}

import type { Chunk } from '../core/chunk.js';
import { splitTurns } from '../core/speaker-turns.js';
import { addClosedForms, contentTerms } from '../core/tokenize.js';

// A transcript passage holding none of the question's words keeps this share of its score; one holding
// all of them gains the rest of `span` on top.
const floor = 0.3;
const span = 1.4;
// Share of the coverage judged on the passage's best exchange rather than on the passage as a whole:
// a chunk of a sitting holds several exchanges, and the answer is the one that speaks to the question.
const exchangeShare = 0.25;
// An exchange is a turn and this many turns either side of it: a question, its reply, a follow-up.
const exchangeReach = 1;

/** The stems of a transcript passage: all of it, and each exchange (a turn with its neighbours). */
export interface PassageStems {
  whole: Set<string>;
  exchanges: Set<string>[];
}

/** Reads a passage's stems by turn; a turn's speaker label counts, so "what did Ruiz say" finds Ruiz's exchanges. */
export function passageStems(text: string): PassageStems {
  const turns = splitTurns(text).map(
    (turn) => new Set(contentTerms(addClosedForms(`${turn.speaker ?? ''} ${text.slice(turn.start, turn.end)}`))),
  );
  const exchanges = turns.map(
    (_, index) =>
      new Set(
        turns.slice(Math.max(0, index - exchangeReach), index + exchangeReach + 1).flatMap((stems) => [...stems]),
      ),
  );
  return { whole: new Set(contentTerms(addClosedForms(text))), exchanges };
}

/**
 * How much a transcript passage's own words cover the question, weighted by rarity, as a ranking factor:
 * half over the whole passage, half over its best exchange. A sitting's talk repeats its words over and
 * over, so full-text and vector scores rank a passage that says one rare word many times above the
 * exchange that speaks to the whole question, and a passage whose words are spread over unrelated
 * exchanges above the one where a question and its reply both speak to it; papers of other kinds are
 * left as they rank. `stemsOf` may remember a passage's stems between questions.
 */
export function transcriptCoverageBoost(
  chunk: Pick<Chunk, 'kind' | 'text'>,
  questionStems: string[],
  inverseDocumentFrequency: (stem: string) => number,
  stemsOf: (text: string) => PassageStems = passageStems,
): number {
  if (chunk.kind !== 'transcript' || questionStems.length === 0) return 1;
  const total = questionStems.reduce((sum, term) => sum + inverseDocumentFrequency(term), 0);
  if (total === 0) return 1;
  const share = (present: Set<string>) =>
    questionStems.reduce((sum, term) => sum + (present.has(term) ? inverseDocumentFrequency(term) : 0), 0) / total;
  const { whole, exchanges } = stemsOf(chunk.text);
  const wholeShare = share(whole);
  const bestExchange = exchanges.reduce((best, stems) => Math.max(best, share(stems)), 0);
  return floor + span * ((1 - exchangeShare) * wholeShare + exchangeShare * bestExchange);
}

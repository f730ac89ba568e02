import type { RetrievedPassage } from './retrieval.js';

// The share of a transcript passage's score that rides on its sitting: a passage of the sitting whose passages
// match best keeps its score, one of a sitting with a weaker match loses up to this share.
const sittingWeight = 0.4;
// A sitting's match adds up its best few passages' scores: an exchange on the topic and the
// follow-ups around it, not every passage that happens to share a word.
const passagesPerSitting = 3;

/**
 * Re-weighs transcript passages by how well their sitting as a whole matches the question. A question
 * about what was discussed is about one sitting's discussion, which several of that sitting's passages
 * speak to; a lone passage of another sitting that shares the question's words is seldom the answer.
 * Passages of other kinds keep their scores.
 */
export function sittingAgreementBoost(ranked: RetrievedPassage[]): RetrievedPassage[] {
  const bySitting = new Map<string, number[]>();
  for (const { chunk, score } of ranked) {
    if (chunk.kind !== 'transcript') continue;
    bySitting.set(chunk.source, [...(bySitting.get(chunk.source) ?? []), score]);
  }
  if (bySitting.size < 2) return ranked;
  const agreement = new Map(
    [...bySitting].map(([source, scores]) => [
      source,
      scores
        .sort((a, b) => b - a)
        .slice(0, passagesPerSitting)
        .reduce((sum, score) => sum + score, 0),
    ]),
  );
  const strongest = Math.max(...agreement.values());
  if (strongest <= 0) return ranked;
  return ranked
    .map((passage) =>
      passage.chunk.kind === 'transcript'
        ? {
            ...passage,
            score:
              passage.score * (1 - sittingWeight + (sittingWeight * agreement.get(passage.chunk.source)!) / strongest),
          }
        : passage,
    )
    .sort((a, b) => b.score - a.score);
}

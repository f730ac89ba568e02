import type { Chunk } from '../../src/core/chunk.js';

/** One question's ranked candidates as `bench:retrieval-depth --candidates` writes them, a JSON line each. */
export interface CandidateRow {
  id: string;
  question: string;
  /** The question's topic stems as the retriever analysed them, each with its inverse document frequency. */
  stems: { stem: string; weight: number }[];
  /** The retriever's ranking, best first: each passage's final score, and whether it holds the evidence. */
  passages: { id: string; source: string; kind: Chunk['kind']; score: number; evidence: boolean; text: string }[];
}

/**
 * A question's retrieval, kept whole for replay: a re-ranking idea (a proximity or language-model score, a
 * prior) is judged by multiplying these scores and re-sorting in a few seconds a run, against a minute of
 * retrieval or two of evaluation a setting; only what moves the replayed shares is worth building and
 * measuring live.
 */
export function candidateRow(
  question: { id: string; question: string },
  stems: string[],
  weight: (stem: string) => number,
  passages: { chunk: Pick<Chunk, 'id' | 'source' | 'kind' | 'text'>; score: number }[],
  holdsEvidence: (text: string) => boolean,
): CandidateRow {
  return {
    id: question.id,
    question: question.question,
    stems: [...new Set(stems)].map((stem) => ({ stem, weight: weight(stem) })),
    passages: passages.map(({ chunk, score }) => ({
      id: chunk.id,
      source: chunk.source,
      kind: chunk.kind,
      score,
      evidence: holdsEvidence(chunk.text),
      text: chunk.text,
    })),
  };
}

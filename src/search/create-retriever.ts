import type { Embeddings } from '@langchain/core/embeddings';
import type { RetrievedPassage, RetrievePassages } from '../answer/answer.js';
import type { IndexStore, SearchFilters } from '../store/index-store.js';
import { stem } from '../text/tokenize.js';
import { analyzeQuestion, type QuestionAnalysis } from './analyze-question.js';
import { buildTextQuery } from './build-text-query.js';
import { expandVocabulary, type GlossaryEntry } from './expand-vocabulary.js';
import { type FusionOptions, fuseRankings } from './fuse-rankings.js';
import { rankingBoost } from './ranking-boost.js';

export interface RetrieverOptions {
  store: IndexStore;
  embeddings: Embeddings;
  glossary?: GlossaryEntry[];
  fusion?: FusionOptions;
  /** Candidates taken from each ranking before fusion. */
  candidates?: number;
  now?: () => Date;
}

export interface Retriever {
  retrieve: RetrievePassages;
  analyze(question: string): QuestionAnalysis;
  documentFrequency(stem: string): number;
  /** Inverse document frequency; a term the index has never seen weighs the most. */
  inverseDocumentFrequency(stem: string): number;
}

const defaultFusion: FusionOptions = { method: 'weighted', vectorWeight: 0.3 };

export function createRetriever(options: RetrieverOptions): Retriever {
  const { store, embeddings } = options;
  const fusion = options.fusion ?? defaultFusion;
  const candidates = options.candidates ?? 40;
  const now = options.now ?? (() => new Date());
  const glossary = options.glossary ?? [];
  const frequencies = new Map<string, number>();
  const committees = store.committees();

  function documentFrequency(stem: string): number {
    if (!frequencies.has(stem)) frequencies.set(stem, store.documentFrequencies([stem]).get(stem) ?? 0);
    return frequencies.get(stem)!;
  }

  /** How many chunks (up to a handful) hold the phrase: whether the papers use the question's wording. */
  function phraseFrequency(phrase: string): number {
    const key = `"${phrase}"`;
    if (!frequencies.has(key))
      frequencies.set(key, store.searchText(`"${phrase.replace(/"/g, '')}"`, 5, { includeExempt: true }).length);
    return frequencies.get(key)!;
  }

  /**
   * A word in a fifth or more of all chunks adds little to BM25 but makes FTS5 score most of the
   * index; the query leaves it out as a single term (its phrases with neighbours stay).
   */
  function isCommon(word: string): boolean {
    return documentFrequency(stem(word)) >= 0.2 * Math.max(store.chunkCount(), 1);
  }

  function inverseDocumentFrequency(stem: string): number {
    const total = Math.max(store.chunkCount(), 1);
    return Math.log(1 + total / (documentFrequency(stem) + 0.5));
  }

  function analyze(question: string): QuestionAnalysis {
    const today = now();
    const analysis = analyzeQuestion(question, {
      now: today,
      expansions: expandVocabulary(question, glossary, phraseFrequency),
      committees,
    });
    if (!analysis.dateRange?.latest) return analysis;
    // "The last meeting" is the latest one the index holds, not a calendar date.
    const latest = store.latestMeetingDate(today.toISOString().slice(0, 10));
    return latest
      ? { ...analysis, dateRange: { since: latest, until: latest, anchor: latest, latest: true } }
      : analysis;
  }

  async function retrieve({
    question,
    filters,
    limit = 8,
  }: Parameters<RetrievePassages>[0]): Promise<RetrievedPassage[]> {
    const analysis = analyze(question);
    const alternatives = analysis.expansions.flatMap((expansion) => expansion.alternatives);
    const textQuery = buildTextQuery(analysis.words, alternatives, (word) => isCommon(word));
    const textHits = textQuery ? store.searchText(textQuery, candidates, filters) : [];
    const queryVector = await embeddings.embedQuery([question, ...alternatives].join(' '));
    const vectorHits = store.searchVector(queryVector, candidates, filters);
    const fused = [...fuseRankings(textHits, vectorHits, fusion).values()];
    const ranked = fused
      .map((hit) => ({ chunk: hit.chunk, score: hit.score * rankingBoost(hit.chunk, analysis, committees.length) }))
      .sort((a, b) => b.score - a.score);
    const withDecisions = analysis.intent === 'resolution' ? withResolvedSiblings(ranked, filters) : ranked;
    return withDecisions.slice(0, limit);
  }

  /** A "what was decided" question about a discussed item needs that item's Resolved block beside it. */
  function withResolvedSiblings(ranked: RetrievedPassage[], filters: SearchFilters | undefined): RetrievedPassage[] {
    const result: RetrievedPassage[] = [];
    const seen = new Set<string>();
    for (const passage of ranked.slice(0, 5)) {
      if (!seen.has(passage.chunk.id)) result.push(passage);
      seen.add(passage.chunk.id);
      const { chunk } = passage;
      if (!chunk.minute || chunk.section === 'Resolved') continue;
      const sibling = store
        .listChunks(chunk.source)
        .find(
          (other) =>
            other.minute === chunk.minute && other.partIndex === chunk.partIndex && other.section === 'Resolved',
        );
      if (sibling && !seen.has(sibling.id) && (filters?.includeExempt || !sibling.exempt)) {
        result.push({ chunk: sibling, score: passage.score * 0.99 });
        seen.add(sibling.id);
      }
    }
    for (const passage of ranked.slice(5)) if (!seen.has(passage.chunk.id)) result.push(passage);
    return result.sort((a, b) => b.score - a.score);
  }

  return { retrieve, analyze, documentFrequency, inverseDocumentFrequency };
}

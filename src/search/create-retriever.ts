import type { Embeddings } from '@langchain/core/embeddings';
import { stem, words } from '../core/tokenize.js';
import type { IndexStore, SearchFilters } from '../store/index-store.js';
import { analyzeQuestion, type QuestionAnalysis } from './analyze-question.js';
import { buildSearchPhrases } from './build-search-phrases.js';
import { expandVocabulary, type GlossaryEntry, synonymPhrasesUsed } from './expand-vocabulary.js';
import { type FusionOptions, fuseRankings } from './fuse-rankings.js';
import { rankingBoost } from './ranking-boost.js';
import type { RetrievedPassage, RetrievePassages } from './retrieval.js';

export interface RetrieverOptions {
  store: IndexStore;
  embeddings: Embeddings;
  fusion?: FusionOptions;
  /** Candidates taken from each ranking before fusion. */
  candidates?: number;
  now?: () => Date;
}

export interface AnalyzedRetrieval {
  analysis: QuestionAnalysis;
  passages: RetrievedPassage[];
}

export interface Retriever {
  retrieve: RetrievePassages;
  /** retrieve, with the question's analysis it searched by, for an answerer that needs both. */
  retrieveAnalyzed(request: Parameters<RetrievePassages>[0]): Promise<AnalyzedRetrieval>;
  analyze(question: string): Promise<QuestionAnalysis>;
  /**
   * Inverse document frequency; a term the index has never seen weighs the most. Synchronous, for
   * scoring loops: it knows the terms of every question analysed, the headings of every passage
   * retrieved so far, and the texts `learnWeights` was given.
   */
  inverseDocumentFrequency(stem: string): number;
  /** Looks up the document frequencies of the terms in these texts, for inverseDocumentFrequency. */
  learnWeights(texts: string[]): Promise<void>;
}

const defaultFusion: FusionOptions = { method: 'weighted', vectorWeight: 0.3 };

export async function createRetriever(options: RetrieverOptions): Promise<Retriever> {
  const { store, embeddings } = options;
  const fusion = options.fusion ?? defaultFusion;
  const candidates = options.candidates ?? 40;
  const now = options.now ?? (() => new Date());
  // What the retriever derives from the index, read again whenever the index's generation moves
  // on (an ingest here or by another process), so a running bot sees new committees, acronyms and
  // term weights without a restart.
  const frequencies = new Map<string, number>();
  const phraseFrequencies = new Map<string, number>();
  let committees: string[] = [];
  let glossary: GlossaryEntry[] = [];
  let chunkTotal = 0;
  let seenGeneration: number | undefined;

  async function refreshIfChanged(): Promise<void> {
    const current = await store.generation();
    if (current === seenGeneration) return;
    [committees, glossary, chunkTotal] = await Promise.all([store.committees(), store.glossary(), store.chunkCount()]);
    frequencies.clear();
    phraseFrequencies.clear();
    seenGeneration = current;
  }
  await refreshIfChanged();

  async function learnStems(stems: Iterable<string>): Promise<void> {
    const missing = [...new Set(stems)].filter((term) => !frequencies.has(term));
    if (missing.length === 0) return;
    const found = await store.documentFrequencies(missing);
    for (const term of missing) frequencies.set(term, found.get(term) ?? 0);
  }

  async function learnWeights(texts: string[]): Promise<void> {
    await learnStems(texts.flatMap((text) => words(text).map((word) => stem(word))));
  }

  /** How many chunks (up to a handful) hold the phrase: whether the papers use the question's wording. */
  async function learnPhrases(phrases: string[]): Promise<void> {
    for (const phrase of phrases) {
      if (phraseFrequencies.has(phrase)) continue;
      const hits = await store.searchText([phrase], 5, { includeExempt: true });
      phraseFrequencies.set(phrase, hits.length);
    }
  }

  /**
   * A word in a fifth or more of all chunks adds little to BM25 but makes full-text search score
   * most of the index; the query leaves it out as a single term (its phrases with neighbours stay).
   */
  function isCommon(word: string): boolean {
    return (frequencies.get(stem(word)) ?? 0) >= 0.2 * Math.max(chunkTotal, 1);
  }

  function inverseDocumentFrequency(term: string): number {
    const total = Math.max(chunkTotal, 1);
    return Math.log(1 + total / ((frequencies.get(term) ?? 0) + 0.5));
  }

  async function analyze(question: string): Promise<QuestionAnalysis> {
    const today = now();
    await refreshIfChanged();
    await learnPhrases(synonymPhrasesUsed(question));
    const analysis = analyzeQuestion(question, {
      now: today,
      expansions: expandVocabulary(question, glossary, (phrase) => phraseFrequencies.get(phrase) ?? 0),
      committees,
    });
    await learnWeights([question, ...analysis.expansions.flatMap((expansion) => expansion.alternatives)]);
    await learnStems(analysis.stems);
    if (!analysis.dateRange?.latest) return analysis;
    // "The last meeting" is the latest one the index holds, not a calendar date.
    const latest = await store.latestMeetingDate(today.toISOString().slice(0, 10));
    return latest
      ? { ...analysis, dateRange: { since: latest, until: latest, anchor: latest, latest: true } }
      : analysis;
  }

  async function retrieveAnalyzed({
    question,
    filters,
    limit = 8,
  }: Parameters<RetrievePassages>[0]): Promise<AnalyzedRetrieval> {
    const analysis = await analyze(question);
    const alternatives = analysis.expansions.flatMap((expansion) => expansion.alternatives);
    const phrases = buildSearchPhrases(analysis.words, alternatives, (word) => isCommon(word));
    const [textHits, vectorHits] = await Promise.all([
      phrases.length > 0 ? store.searchText(phrases, candidates, filters) : [],
      embeddings
        .embedQuery([question, ...alternatives].join(' '))
        .then((vector) => store.searchVector(vector, candidates, filters)),
    ]);
    const fused = [...fuseRankings(textHits, vectorHits, fusion).values()];
    const ranked = fused
      .map((hit) => ({ chunk: hit.chunk, score: hit.score * rankingBoost(hit.chunk, analysis, committees.length) }))
      .sort((a, b) => b.score - a.score);
    const withDecisions = analysis.intent === 'resolution' ? await withResolvedSiblings(ranked, filters) : ranked;
    const passages = withDecisions.slice(0, limit);
    // Answering weighs the question's words (learned by analyze) and the passages' headings next.
    await learnWeights(passages.flatMap(({ chunk }) => chunk.headingPath));
    return { analysis, passages };
  }

  const retrieve: RetrievePassages = async (request) => (await retrieveAnalyzed(request)).passages;

  /** A "what was decided" question about a discussed item needs that item's Resolved block beside it. */
  async function withResolvedSiblings(
    ranked: RetrievedPassage[],
    filters: SearchFilters | undefined,
  ): Promise<RetrievedPassage[]> {
    const result: RetrievedPassage[] = [];
    const seen = new Set<string>();
    for (const passage of ranked.slice(0, 5)) {
      if (!seen.has(passage.chunk.id)) result.push(passage);
      seen.add(passage.chunk.id);
      const { chunk } = passage;
      if (!chunk.minute || chunk.section === 'Resolved') continue;
      const sibling = (await store.listChunks(chunk.source)).find(
        (other) => other.minute === chunk.minute && other.partIndex === chunk.partIndex && other.section === 'Resolved',
      );
      if (sibling && !seen.has(sibling.id) && (filters?.includeExempt || !sibling.exempt)) {
        result.push({ chunk: sibling, score: passage.score * 0.99 });
        seen.add(sibling.id);
      }
    }
    for (const passage of ranked.slice(5)) if (!seen.has(passage.chunk.id)) result.push(passage);
    return result.sort((a, b) => b.score - a.score);
  }

  return { retrieve, retrieveAnalyzed, analyze, inverseDocumentFrequency, learnWeights };
}

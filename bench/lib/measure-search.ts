import { LocalHashEmbeddings } from '../../src/embeddings/local-hash-embeddings.js';
import type { IndexLocation } from '../../src/store/open-index-store.js';
import { searchBreadth } from '../../src/store/sqlite-store/vector-index.js';
import { answerConcurrently, type ConcurrentAnswers, type ConcurrentLoad } from './answer-concurrently.js';
import { countDistinctVectors } from './count-distinct-vectors.js';
import { findDateWindow } from './find-date-window.js';
import { measureGraphRecall } from './measure-graph-recall.js';
import { measureStoreRecall } from './measure-store-recall.js';
import { openBenchQuorum } from './open-bench-quorum.js';
import { readIndexVectors } from './read-index-vectors.js';
import type { RecallScore } from './score-recall.js';
import type { LatencySummary } from './summarize-latencies.js';
import { timeRetrieval } from './time-retrieval.js';

export interface SearchBenchOptions {
  location: IndexLocation;
  warmup: string[];
  /** Timed unfiltered, then (another list) with the date filter. */
  questions: string[];
  filteredQuestions: string[];
  limit: number;
  recall: { queries: number; k: number; efs: number[] };
  load: ConcurrentLoad;
  onProgress: (message: string) => void;
}

export type TimedRetrieval = LatencySummary & { meanPassages: number };

export interface SearchFigures {
  openMs: number;
  firstRetrieveMs: number;
  chunks: number;
  window: { since: string; until: string };
  unfiltered: TimedRetrieval;
  filtered: TimedRetrieval;
  /** `ef`: the candidate list the store searches with (hnswlib ef, pgvector hnsw.ef_search). */
  recall: RecallScore & { k: number; queries: number; ef: number; distinctVectors: number; readVectorsMs: number };
  /**
   * Peak RSS while serving (open, searches, concurrent answers), taken before the recall
   * measurement, which holds every vector twice more (exact search, a second graph) in this process.
   */
  servingPeakRssMegabytes: number;
  /** Embedded only: recall of the saved graph at other ef values. */
  efCurve: ({ ef: number } & RecallScore)[];
  concurrent: ConcurrentAnswers;
}

/** Opens the index as the bot would and measures search latency, vector recall and answering under load. */
export async function measureSearch(options: SearchBenchOptions): Promise<SearchFigures> {
  const { location, limit, onProgress } = options;
  const { quorum, openMs } = await openBenchQuorum(location);
  try {
    const { retriever, store } = quorum;
    let mark = performance.now();
    await retriever.retrieve({ question: options.warmup[0] ?? 'What was resolved?', limit });
    const firstRetrieveMs = performance.now() - mark;
    for (const question of options.warmup.slice(1)) await retriever.retrieve({ question, limit });
    const chunks = await store.chunkCount();
    const window = await findDateWindow(store);
    onProgress(`timing ${options.questions.length} unfiltered searches…`);
    const unfiltered = await timeRetrieval(retriever, options.questions, undefined, limit);
    onProgress(`timing ${options.filteredQuestions.length} searches filtered to ${window.since}…${window.until}…`);
    const filtered = await timeRetrieval(retriever, options.filteredQuestions, window, limit);
    onProgress(`answering with ${options.load.askers} concurrent askers…`);
    const concurrent = await answerConcurrently(quorum.answerQuestion, options.questions, options.load);
    const servingPeakRssMegabytes = process.resourceUsage().maxRSS / 1024;
    onProgress(`measuring vector recall@${options.recall.k} over ${options.recall.queries} queries…`);
    const embeddings = new LocalHashEmbeddings();
    const queries = await embeddings.embedDocuments(options.questions.slice(0, options.recall.queries));
    mark = performance.now();
    const stored = await readIndexVectors(location, store.manifest.dimensions);
    const readVectorsMs = performance.now() - mark;
    const recall = await measureStoreRecall(store, stored, queries, options.recall.k);
    const efCurve = location.databaseUrl
      ? []
      : measureGraphRecall(location.dataDir, stored, queries, options.recall.efs, options.recall.k);
    return {
      openMs,
      firstRetrieveMs,
      chunks,
      window,
      unfiltered,
      filtered,
      recall: {
        ...recall,
        k: options.recall.k,
        queries: queries.length,
        ef: await storeEf(location, chunks),
        distinctVectors: countDistinctVectors(stored.table),
        readVectorsMs,
      },
      efCurve,
      concurrent,
      servingPeakRssMegabytes,
    };
  } finally {
    await quorum.close();
  }
}

/** The ef each store searches with: hnswlib's grows with the graph (sqlite-store/vector-index.ts), pgvector's is an option. */
async function storeEf(location: IndexLocation, chunks: number): Promise<number> {
  if (!location.databaseUrl) return searchBreadth(chunks);
  return (await import('../../src/store/postgres-store/open-postgres-store.js')).defaultEfSearch;
}

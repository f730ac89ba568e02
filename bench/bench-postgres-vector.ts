// Vector search on an index already loaded into PostgreSQL, at several hnsw.ef_search values: the
// retriever's own vector searches replayed (unfiltered and filtered, as it makes them) and recall@k of
// the unfiltered ones against exact search over every stored vector. At 1M chunks a build takes hours,
// so the ef a store opens with is chosen from this on a kept or replicated database
// (`npm run bench:replicate-postgres`), not from a new load.
import { join } from 'node:path';
import pg from 'pg';
import { isQuorumError } from '../src/core/errors.js';
import { LocalHashEmbeddings, localEmbedderName } from '../src/embeddings/local-hash-embeddings.js';
import { createRetriever } from '../src/search/create-retriever.js';
import type { IndexStore, SearchFilters } from '../src/store/index-store.js';
import { openIndexStore } from '../src/store/open-index-store.js';
import { sessionSettings } from '../src/store/postgres-store/open-postgres-store.js';
import { searchVector } from '../src/store/postgres-store/search-vector.js';
import { parseBenchArguments, positiveOption, progress } from './lib/bench-arguments.js';
import { benchTopics } from './lib/bench-topics.js';
import { exactTopK } from './lib/exact-top-k.js';
import { findDateWindow } from './lib/find-date-window.js';
import { isUnfiltered } from './lib/is-unfiltered.js';
import { readDevQuestions } from './lib/read-dev-questions.js';
import { readPostgresVectors } from './lib/read-postgres-vectors.js';
import { summarizeLatencies } from './lib/summarize-latencies.js';
import { varyQuestions } from './lib/vary-questions.js';

const usage = `Usage: npm run bench:postgres-vector -- --database-url URL [--efs 100,250,500] [--questions 150]
Replays the vector searches the retriever makes for varied questions (each also filtered to a year of
meetings) at each ef (hnsw.ef_search) and
prints their latency (all, unfiltered, filtered) and recall@10 of the first --recall-queries 100
unfiltered ones against exact search, and of as many filtered ones against an exact scan of their window (every stored vector read into memory: ~1 GB and a minute at 1M
chunks; --recall-queries 0 skips it). Other options: --dev FILE, --seed N, --rounds 2 (each ef's
searches repeated, the last round timed).`;
const root = join(import.meta.dirname, '..');
const k = 10;

interface RecordedSearch {
  vector: number[];
  limit: number;
  filters: SearchFilters | undefined;
}

try {
  const values = parseBenchArguments(
    {
      'database-url': { type: 'string' },
      efs: { type: 'string', default: '100,250,500' },
      questions: { type: 'string', default: '150' },
      'recall-queries': { type: 'string', default: '100' },
      dev: { type: 'string', default: join(root, 'test/dev.jsonl') },
      seed: { type: 'string', default: '1' },
      rounds: { type: 'string', default: '2' },
    },
    usage,
  );
  const url = values['database-url'];
  if (!url) throw new Error(`--database-url is required. ${usage}`);
  const efs = values.efs.split(',').map((ef) => positiveOption('efs', ef, usage));
  const rounds = positiveOption('rounds', values.rounds, usage);
  const recallQueries = Number(values['recall-queries']);
  const questions = varyQuestions(await readDevQuestions(values.dev), {
    count: positiveOption('questions', values.questions, usage),
    seed: positiveOption('seed', values.seed, usage),
    topics: benchTopics,
    maxWeeks: 52,
  });
  const embeddings = new LocalHashEmbeddings();
  const searches = await recordSearches(url, embeddings, questions);
  const unfiltered = searches.filter(({ filters }) => isUnfiltered(filters));
  progress(`${searches.length} vector searches from ${questions.length} questions, ${unfiltered.length} unfiltered`);
  const recallSet = unfiltered.slice(0, Math.max(0, recallQueries));
  let truth: string[][] = [];
  if (recallSet.length > 0) {
    const started = performance.now();
    const stored = await readPostgresVectors(url, embeddings.dimensions);
    truth = recallSet.map(({ vector }) => exactTopK(stored.table, vector, k).map((hit) => stored.ids[hit.row]!));
    progress(`exact top ${k} of ${recallSet.length} queries in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  // A filtered search's truth is the exact scan of its window: the same query with index scans off.
  const filteredSet = searches.filter(({ filters }) => !isUnfiltered(filters)).slice(0, Math.max(0, recallQueries));
  const filteredTruth = await exactFilteredTopK(url, embeddings.dimensions, filteredSet);
  process.stdout.write(
    `| ef | p50 ms | p95 ms | p99 ms | unfiltered p95 ms | filtered p95 ms | recall@${k} | filtered recall@${k} |\n|---|---|---|---|---|---|---|---|\n`,
  );
  for (const ef of efs) {
    const pool = new pg.Pool({ connectionString: url, max: 1, options: sessionSettings(ef) });
    try {
      const search = ({ vector, limit, filters }: RecordedSearch) =>
        searchVector(pool, embeddings.dimensions, ef, vector, limit, filters);
      let latencies: number[] = [];
      for (let round = 0; round < rounds; round += 1) {
        latencies = [];
        for (const recorded of searches) {
          const started = performance.now();
          await search(recorded);
          latencies.push(performance.now() - started);
        }
      }
      let found = 0;
      for (const [index, recorded] of recallSet.entries()) {
        const ids = new Set((await search({ ...recorded, limit: k })).map((hit) => hit.chunk.id));
        found += truth[index]!.filter((id) => ids.has(id)).length / Math.max(truth[index]!.length, 1);
      }
      let foundFiltered = 0;
      for (const [index, recorded] of filteredSet.entries()) {
        const ids = new Set((await search({ ...recorded, limit: k })).map((hit) => hit.chunk.id));
        const expected = filteredTruth[index]!;
        foundFiltered += expected.filter((id) => ids.has(id)).length / Math.max(expected.length, 1);
      }
      const all = summarizeLatencies(latencies);
      const part = (keep: boolean) =>
        summarizeLatencies(latencies.filter((_, index) => isUnfiltered(searches[index]!.filters) === keep)).p95Ms;
      const recall = recallSet.length > 0 ? (found / recallSet.length).toFixed(3) : '–';
      const filteredRecall = filteredSet.length > 0 ? (foundFiltered / filteredSet.length).toFixed(3) : '–';
      process.stdout.write(
        `| ${ef} | ${all.p50Ms.toFixed(1)} | ${all.p95Ms.toFixed(1)} | ${all.p99Ms.toFixed(1)} | ${part(true).toFixed(1)} | ${part(false).toFixed(1)} | ${recall} | ${filteredRecall} |\n`,
      );
    } finally {
      await pool.end();
    }
  }
} catch (error) {
  progress(isQuorumError(error) || error instanceof Error ? error.message : String(error));
  process.exit(1);
}

/** The ids of each filtered search's exact top k: the store's own query, planned without index scans. */
async function exactFilteredTopK(url: string, dimensions: number, searches: RecordedSearch[]): Promise<string[][]> {
  const pool = new pg.Pool({ connectionString: url, max: 1, options: '-c enable_indexscan=off' });
  try {
    const truth: string[][] = [];
    for (const { vector, filters } of searches) {
      truth.push((await searchVector(pool, dimensions, 0, vector, k, filters)).map((hit) => hit.chunk.id));
    }
    return truth;
  } finally {
    await pool.end();
  }
}

/** The searchVector calls the retriever makes for the questions, as it makes them. */
async function recordSearches(
  url: string,
  embeddings: LocalHashEmbeddings,
  questions: string[],
): Promise<RecordedSearch[]> {
  const store = await openIndexStore({
    location: { dataDir: '', databaseUrl: url },
    embedder: { name: localEmbedderName, dimensions: embeddings.dimensions },
  });
  const searches: RecordedSearch[] = [];
  try {
    const recording: IndexStore = {
      ...store,
      searchVector: (vector, limit, filters) => {
        searches.push({ vector, limit, filters });
        return store.searchVector(vector, limit, filters);
      },
    };
    const retriever = await createRetriever({ store: recording, embeddings });
    // Each question twice: as asked, and within a year of meetings as npm run bench's filtered searches are.
    const window = await findDateWindow(store);
    for (const question of questions) await retriever.retrieve({ question, limit: 8 });
    for (const question of questions) await retriever.retrieve({ question, limit: 8, filters: window });
  } finally {
    await store.close();
  }
  return searches;
}

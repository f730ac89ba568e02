import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { isQuorumError } from '../src/core/errors.js';
import { LocalHashEmbeddings, localEmbedderName } from '../src/embeddings/local-hash-embeddings.js';
import { createRetriever } from '../src/search/create-retriever.js';
import type { IndexStore, SearchFilters } from '../src/store/index-store.js';
import { openIndexStore } from '../src/store/open-index-store.js';
import { defaultEfSearch, sessionSettings } from '../src/store/postgres-store/open-postgres-store.js';
import { countText, searchText } from '../src/store/postgres-store/search-text.js';
import { answerConcurrently } from './lib/answer-concurrently.js';
import { parseBenchArguments, positiveOption, progress } from './lib/bench-arguments.js';
import { benchTopics } from './lib/bench-topics.js';
import { findDateWindow } from './lib/find-date-window.js';
import { isUnfiltered } from './lib/is-unfiltered.js';
import { openBenchQuorum } from './lib/open-bench-quorum.js';
import { readDevQuestions } from './lib/read-dev-questions.js';
import { summarizeLatencies } from './lib/summarize-latencies.js';
import { timeRetrieval } from './lib/time-retrieval.js';
import { varyQuestions } from './lib/vary-questions.js';

const usage = `Usage: npm run bench:postgres-text -- --database-url URL [--budgets 1500,5000] [--questions 150]
Measures search on an index already loaded into PostgreSQL (e.g. one \`npm run bench -- --keep\` left),
so changes to searching need no new load. Replays the full-text searches the retriever makes for varied
questions, once with every term matched (the reference: exact ts_rank over every chunk holding any term)
and once per posting budget, and prints each budget's latency (over all searches, and p95 over the
unfiltered ones) and the overlap of its top 8 with the reference's, and times the retriever's phrase
counts ranked (searchText) against counted (countText) at the first budget; then times retrieval of the questions one by one (as asked, and within a year of meetings) and answering them with 8 concurrent
askers, as \`npm run bench\` does. Other options: --dev FILE, --seed N, --rounds 2 (each budget's
searches repeated, the last round timed), --askers 8, --load-seconds 10, --no-serving, --no-replay (serving only),
--no-reference (no every-term replay: minutes at 1M chunks), --save FILE (the top 8 ids of each replayed
search at the first budget and of each retrieval, as JSON) and --compare FILE (their overlap with a file
another run saved, e.g. old code against new on the same index).`;
const root = join(import.meta.dirname, '..');
const shownTop = 8;

try {
  const values = parseBenchArguments(
    {
      'database-url': { type: 'string' },
      budgets: { type: 'string', default: '1500,5000' },
      questions: { type: 'string', default: '150' },
      dev: { type: 'string', default: join(root, 'test/dev.jsonl') },
      seed: { type: 'string', default: '1' },
      rounds: { type: 'string', default: '2' },
      askers: { type: 'string', default: '8' },
      'load-seconds': { type: 'string', default: '10' },
      'no-serving': { type: 'boolean', default: false },
      'no-replay': { type: 'boolean', default: false },
      'no-reference': { type: 'boolean', default: false },
      save: { type: 'string' },
      compare: { type: 'string' },
    },
    usage,
  );
  const url = values['database-url'];
  if (!url) throw new Error(`--database-url is required. ${usage}`);
  const budgets = values.budgets.split(',').map((budget) => positiveOption('budgets', budget, usage));
  const rounds = positiveOption('rounds', values.rounds, usage);
  const questions = varyQuestions(await readDevQuestions(values.dev), {
    count: positiveOption('questions', values.questions, usage),
    seed: positiveOption('seed', values.seed, usage),
    topics: benchTopics,
    maxWeeks: await weeksSpanned(url),
  });
  const tops: SavedTops = { searches: [], retrievals: [] };
  if (!values['no-replay']) {
    tops.searches = await replaySearches(url, questions, budgets, rounds, !values['no-reference']);
  }
  if (!values['no-serving']) {
    const { quorum } = await openBenchQuorum({ dataDir: '', databaseUrl: url });
    try {
      // The bot's retriever over the same store, each search timed: what a retrieval's time is made of.
      const timings = { text: [] as number[], vector: [] as number[] };
      const retriever = await createRetriever({
        store: timedSearches(quorum.store, timings),
        embeddings: new LocalHashEmbeddings(),
      });
      for (const question of questions.slice(0, 20)) await retriever.retrieve({ question, limit: shownTop });
      timings.text.length = 0;
      timings.vector.length = 0;
      const retrieval = await timeRetrieval(retriever, questions, undefined, shownTop);
      const searchTimes = { text: [...timings.text], vector: [...timings.vector] };
      // The same questions within a year of meetings, as npm run bench's filtered searches are.
      const window = await findDateWindow(quorum.store);
      const windowed = await timeRetrieval(retriever, questions, window, shownTop);
      for (const question of questions) {
        tops.retrievals.push(
          (await retriever.retrieve({ question, limit: shownTop })).map((passage) => passage.chunk.id),
        );
      }
      const askers = positiveOption('askers', values.askers, usage);
      const maxMs = positiveOption('load-seconds', values['load-seconds'], usage) * 1000;
      const load = await answerConcurrently(quorum.answerQuestion, questions, { askers, maxMs, maxQuestions: 100_000 });
      process.stdout.write(
        `\nretrieve, one at a time: p50 ${retrieval.p50Ms.toFixed(1)} ms, p95 ${retrieval.p95Ms.toFixed(1)} ms, p99 ${retrieval.p99Ms.toFixed(1)} ms, mean ${retrieval.meanMs.toFixed(1)} ms (${retrieval.count} questions)\n` +
          `  of it, searchText ${describeTimes(searchTimes.text)}; searchVector ${describeTimes(searchTimes.vector)} (side by side)\n` +
          `retrieve within ${window.since}…${window.until}: p50 ${windowed.p50Ms.toFixed(1)} ms, p95 ${windowed.p95Ms.toFixed(1)} ms, p99 ${windowed.p99Ms.toFixed(1)} ms\n` +
          `${askers} concurrent askers: ${load.questionsPerSecond.toFixed(1)} q/s, p50 ${load.latency.p50Ms.toFixed(0)} ms, p95 ${load.latency.p95Ms.toFixed(0)} ms (${load.answered} answers)\n`,
      );
    } finally {
      await quorum.close();
    }
  }
  if (values.save) await writeFile(values.save, JSON.stringify(tops));
  if (values.compare) compareTops(JSON.parse(await readFile(values.compare, 'utf8')) as SavedTops, tops);
} catch (error) {
  progress(isQuorumError(error) || error instanceof Error ? error.message : String(error));
  process.exit(1);
}

interface SavedTops {
  /** Each replayed full-text search's top 8 chunk ids at the first budget. */
  searches: string[][];
  /** Each question's retrieved passages' chunk ids. */
  retrievals: string[][];
}

/** The mean overlap of this run's tops with another's, list by list (runs of the same questions and seed). */
function compareTops(other: SavedTops, tops: SavedTops): void {
  for (const key of ['searches', 'retrievals'] as const) {
    const pairs = tops[key].flatMap((top, index) => (other[key][index] ? [[top, other[key][index]!] as const] : []));
    if (pairs.length === 0) continue;
    const shared = pairs.map(([top, theirs]) => overlap(top, theirs));
    const identical = pairs.filter(([top, theirs]) => top.join() === theirs.join()).length;
    process.stdout.write(
      `top-8 overlap with the compared run, ${key}: ${(shared.reduce((sum, value) => sum + value, 0) / pairs.length).toFixed(3)} (${identical} of ${pairs.length} identical)\n`,
    );
  }
}

/**
 * Replays the retriever's full-text searches with every term (unless not `withReference`) and at each
 * budget (see usage); the first budget's top 8 ids, search by search.
 */
async function replaySearches(
  url: string,
  questions: string[],
  budgets: number[],
  rounds: number,
  withReference: boolean,
): Promise<string[][]> {
  const embeddings = new LocalHashEmbeddings();
  const store = await openIndexStore({
    location: { dataDir: '', databaseUrl: url },
    embedder: { name: localEmbedderName, dimensions: embeddings.dimensions },
  });
  const { searches, counts } = await recordSearches(store, embeddings, questions);
  await store.close();
  progress(`${searches.length} full-text searches and ${counts.length} counts from ${questions.length} questions`);
  // Connections as the store opens them, so the replayed searches run as the store's do.
  const pool = new pg.Pool({ connectionString: url, max: 1, options: sessionSettings(defaultEfSearch) });
  try {
    const unfiltered = searches.map(({ filters }) => isUnfiltered(filters));
    progress(`${unfiltered.filter(Boolean).length} of them unfiltered`);
    const run = async (budget: number) => {
      const latencies: number[] = [];
      const labels: string[][] = [];
      for (const { phrases, limit, filters } of searches) {
        const started = performance.now();
        const hits = await searchText(pool, phrases, limit, filters, budget);
        latencies.push(performance.now() - started);
        labels.push(hits.slice(0, shownTop).map((hit) => hit.chunk.id));
      }
      return { latencies, labels };
    };
    const row = (name: string, measured: { latencies: number[]; labels: string[][] }, overlaps: number[]) => ({
      name,
      ...summarize(measured.latencies),
      unfilteredP95: summarize(measured.latencies.filter((_, index) => unfiltered[index])).p95,
      overlap: overlaps.reduce((total, value) => total + value, 0) / Math.max(overlaps.length, 1),
    });
    const reference = withReference ? await run(Number.POSITIVE_INFINITY) : undefined;
    const rows = reference ? [row('every term (reference)', reference, [1])] : [];
    let first: string[][] | undefined;
    for (const budget of budgets) {
      let measured = await run(budget);
      for (let round = 1; round < rounds; round += 1) measured = await run(budget);
      first ??= measured.labels;
      rows.push(
        row(
          `budget ${budget}`,
          measured,
          reference ? measured.labels.map((top, index) => overlap(top, reference.labels[index]!)) : [Number.NaN],
        ),
      );
    }
    process.stdout.write(
      '| match | p50 ms | p95 ms | max ms | unfiltered p95 ms | top-8 overlap |\n|---|---|---|---|---|---|\n',
    );
    for (const { name, p50, p95, max, unfilteredP95, overlap: shared } of rows) {
      process.stdout.write(
        `| ${name} | ${p50.toFixed(1)} | ${p95.toFixed(1)} | ${max.toFixed(1)} | ${unfilteredP95.toFixed(1)} | ${shared.toFixed(3)} |\n`,
      );
    }
    await replayCounts(pool, counts, budgets[0]!, rounds);
    return first ?? [];
  } finally {
    await pool.end();
  }
}

interface RecordedSearch {
  phrases: string[];
  limit: number;
  filters: SearchFilters | undefined;
}

/** The searchText and countText calls the retriever makes for the questions, as it makes them. */
async function recordSearches(
  store: IndexStore,
  embeddings: LocalHashEmbeddings,
  questions: string[],
): Promise<{ searches: RecordedSearch[]; counts: RecordedSearch[] }> {
  const searches: RecordedSearch[] = [];
  const counts: RecordedSearch[] = [];
  const recording: IndexStore = {
    ...store,
    searchText: (phrases, limit, filters) => {
      searches.push({ phrases, limit, filters });
      return store.searchText(phrases, limit, filters);
    },
    countText: (phrases, limit, filters) => {
      counts.push({ phrases, limit, filters });
      return store.countText(phrases, limit, filters);
    },
  };
  const retriever = await createRetriever({ store: recording, embeddings });
  for (const question of questions) await retriever.retrieve({ question, limit: shownTop });
  return { searches, counts };
}

/**
 * Times the retriever's match counts (whether the papers use a phrase) both ways, taking turns count
 * by count: ranked by searchText and measured by its length, as the retriever once did, and by
 * countText; fails when the two disagree.
 */
async function replayCounts(pool: pg.Pool, counts: RecordedSearch[], budget: number, rounds: number): Promise<void> {
  if (counts.length === 0) return;
  let ranked: number[] = [];
  let counted: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    [ranked, counted] = [[], []];
    for (const { phrases, limit, filters } of counts) {
      let started = performance.now();
      const hits = await searchText(pool, phrases, limit, filters, budget);
      ranked.push(performance.now() - started);
      started = performance.now();
      const count = await countText(pool, phrases, limit, filters, budget);
      counted.push(performance.now() - started);
      if (count !== hits.length)
        throw new Error(`countText ${count} ≠ searchText ${hits.length} for ${phrases.join(' | ')}`);
    }
  }
  const total = (latencies: number[]) => latencies.reduce((sum, value) => sum + value, 0);
  process.stdout.write(
    `\n| ${counts.length} phrase counts | sum ms | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|\n`,
  );
  for (const [name, latencies] of [
    ['ranked (searchText length)', ranked],
    ['counted (countText)', counted],
  ] as const) {
    const { p50, p95, max } = summarize(latencies);
    process.stdout.write(
      `| ${name} | ${total(latencies).toFixed(1)} | ${p50.toFixed(1)} | ${p95.toFixed(1)} | ${max.toFixed(1)} |\n`,
    );
  }
}

/** The store, its full-text and vector searches' times recorded in `timings`. */
function timedSearches(store: IndexStore, timings: { text: number[]; vector: number[] }): IndexStore {
  const timed =
    <A extends unknown[], R>(into: number[], search: (...parameters: A) => Promise<R>) =>
    async (...parameters: A): Promise<R> => {
      const started = performance.now();
      try {
        return await search(...parameters);
      } finally {
        into.push(performance.now() - started);
      }
    };
  return {
    ...store,
    searchText: timed(timings.text, store.searchText),
    searchVector: timed(timings.vector, store.searchVector),
  };
}

function describeTimes(latencies: number[]): string {
  const { p50Ms, p95Ms, meanMs, count } = summarizeLatencies(latencies);
  return `p50 ${p50Ms.toFixed(1)} / p95 ${p95Ms.toFixed(1)} / mean ${meanMs.toFixed(1)} ms (${count})`;
}

/** Weeks between the index's first and last meeting: how far the varied questions' dates may move. */
async function weeksSpanned(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ days: number | null }>(
      'SELECT max(meeting_date)::date - min(meeting_date)::date AS days FROM chunks',
    );
    return Math.max(1, Math.round((rows[0]?.days ?? 7) / 7));
  } finally {
    await client.end();
  }
}

function summarize(latencies: number[]): { p50: number; p95: number; max: number } {
  const summary = summarizeLatencies(latencies);
  return { p50: summary.p50Ms, p95: summary.p95Ms, max: summary.maxMs };
}

/** The share of the reference's top chunks the measured top also holds (1 when both are empty). */
function overlap(measured: string[], reference: string[]): number {
  if (reference.length === 0) return measured.length === 0 ? 1 : 0;
  const found = new Set(measured);
  return reference.filter((id) => found.has(id)).length / reference.length;
}

import { join } from 'node:path';
import pg from 'pg';
import { createExtractiveAnswerer } from '../src/answer/extractive/create-extractive-answerer.js';
import { screenQuestions } from '../src/answer/screen-question.js';
import { isQuorumError } from '../src/core/errors.js';
import { createSilentLogger } from '../src/core/logger.js';
import { LocalHashEmbeddings, localEmbedderName } from '../src/embeddings/local-hash-embeddings.js';
import { createRetriever } from '../src/search/create-retriever.js';
import type { IndexStore } from '../src/store/index-store.js';
import { openPostgresStore } from '../src/store/postgres-store/open-postgres-store.js';
import { answerConcurrently } from './lib/answer-concurrently.js';
import { parseBenchArguments, positiveOption, progress } from './lib/bench-arguments.js';
import { benchTopics } from './lib/bench-topics.js';
import { readDevQuestions } from './lib/read-dev-questions.js';
import { readServerCpu } from './lib/read-server-cpu.js';
import { varyQuestions } from './lib/vary-questions.js';

const usage = `Usage: npm run bench:postgres-answering -- --database-url URL [--askers 8] [--load-seconds 20]
Profiles answering on an index already loaded into PostgreSQL: concurrent askers answer varied questions
while every store call is counted and timed, and prints throughput and latency, the Node process's CPU
against the wall clock (answering work vs waiting), store calls a question by method with their mean
time, and the server's time by statement (pg_stat_statements, reset before the run when the extension
can be created). Other options: --questions 300, --dev FILE, --seed N, --warmup 20, --concurrent-reads N
(statements the store runs at once; its default otherwise).`;
const root = join(import.meta.dirname, '..');

interface CallTally {
  calls: number;
  ms: number;
}

try {
  const values = parseBenchArguments(
    {
      'database-url': { type: 'string' },
      askers: { type: 'string', default: '8' },
      'load-seconds': { type: 'string', default: '20' },
      questions: { type: 'string', default: '300' },
      dev: { type: 'string', default: join(root, 'test/dev.jsonl') },
      seed: { type: 'string', default: '1' },
      warmup: { type: 'string', default: '20' },
      'concurrent-reads': { type: 'string' },
    },
    usage,
  );
  const url = values['database-url'];
  if (!url) throw new Error(`--database-url is required. ${usage}`);
  const askers = positiveOption('askers', values.askers, usage);
  const maxMs = positiveOption('load-seconds', values['load-seconds'], usage) * 1000;
  const warmup = positiveOption('warmup', values.warmup, usage);
  const questions = varyQuestions(await readDevQuestions(values.dev), {
    count: positiveOption('questions', values.questions, usage),
    seed: positiveOption('seed', values.seed, usage),
    topics: benchTopics,
    maxWeeks: 52,
  });
  const embeddings = new LocalHashEmbeddings();
  const opened = await openPostgresStore({
    url,
    embedder: { name: localEmbedderName, dimensions: embeddings.dimensions },
    concurrentReads:
      values['concurrent-reads'] === undefined
        ? undefined
        : positiveOption('concurrent-reads', values['concurrent-reads'], usage),
  });
  const tallies = new Map<string, CallTally>();
  const store = countedStore(opened, tallies);
  const retriever = await createRetriever({ store, embeddings });
  const answerQuestion = screenQuestions(createExtractiveAnswerer({ retriever, store, logger: createSilentLogger() }));
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    for (const question of questions.slice(0, warmup)) await answerQuestion({ question });
    tallies.clear();
    const statements = await resetStatements(admin);
    const serverBefore = await readServerCpu(admin);
    const cpuBefore = process.cpuUsage();
    const load = await answerConcurrently(answerQuestion, questions.slice(warmup), {
      askers,
      maxMs,
      maxQuestions: 100_000,
    });
    const cpu = process.cpuUsage(cpuBefore);
    const serverAfter = await readServerCpu(admin);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const perQuestion = (count: number) => (count / load.answered).toFixed(2);
    const lines = [
      `${askers} askers: ${load.questionsPerSecond.toFixed(1)} q/s, p50 ${load.latency.p50Ms.toFixed(0)} ms, p95 ${load.latency.p95Ms.toFixed(0)} ms (${load.answered} answers in ${load.seconds.toFixed(1)} s)`,
      `Node CPU ${cpuSeconds.toFixed(1)} s of ${load.seconds.toFixed(1)} s wall (${((1000 * cpuSeconds) / load.answered).toFixed(1)} ms a question)`,
      serverBefore === undefined || serverAfter === undefined
        ? 'server CPU: not readable (server elsewhere or its data directory hidden)'
        : `server CPU ${(serverAfter - serverBefore).toFixed(1)} s (${((1000 * (serverAfter - serverBefore)) / load.answered).toFixed(1)} ms a question)`,
      '',
      '| store method | calls a question | mean ms | ms a question |',
      '|---|---|---|---|',
      ...[...tallies.entries()]
        .sort((a, b) => b[1].ms - a[1].ms)
        .map(
          ([name, { calls, ms }]) =>
            `| ${name} | ${perQuestion(calls)} | ${(ms / calls).toFixed(1)} | ${(ms / load.answered).toFixed(1)} |`,
        ),
    ];
    if (statements) {
      const { rows } = await admin.query<{ query: string; calls: string; total: number; mean: number }>(
        `SELECT left(regexp_replace(query, '\\s+', ' ', 'g'), 110) AS query, calls, total_exec_time AS total,
                mean_exec_time AS mean
         FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
         ORDER BY total_exec_time DESC LIMIT 12`,
      );
      lines.push(
        '',
        '| statement | calls a question | mean ms | server ms a question |',
        '|---|---|---|---|',
        ...rows.map(
          (row) =>
            `| ${row.query.replaceAll('|', '\\|')} | ${perQuestion(Number(row.calls))} | ${row.mean.toFixed(2)} | ${(row.total / load.answered).toFixed(1)} |`,
        ),
      );
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await admin.end();
    await store.close();
  }
} catch (error) {
  progress(isQuorumError(error) || error instanceof Error ? error.message : String(error));
  process.exit(1);
}

/** The store with every asynchronous method's calls counted and timed into `tallies`. */
function countedStore(store: IndexStore, tallies: Map<string, CallTally>): IndexStore {
  const counted: Record<string, unknown> = { manifest: store.manifest };
  for (const [name, method] of Object.entries(store)) {
    if (typeof method !== 'function') continue;
    counted[name] = async (...parameters: unknown[]) => {
      const started = performance.now();
      try {
        return await (method as (...values: unknown[]) => Promise<unknown>)(...parameters);
      } finally {
        const tally = tallies.get(name) ?? { calls: 0, ms: 0 };
        tally.calls += 1;
        tally.ms += performance.now() - started;
        tallies.set(name, tally);
      }
    };
  }
  return counted as unknown as IndexStore;
}

/** Clears pg_stat_statements, when the server preloads it; false when it cannot be read. */
async function resetStatements(admin: pg.Client): Promise<boolean> {
  try {
    await admin.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await admin.query('SELECT pg_stat_statements_reset()');
    return true;
  } catch {
    progress('pg_stat_statements is not available: no server time by statement');
    return false;
  }
}

import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ingestPaths } from '../ingest/pipeline/ingest-paths.js';
import { loadConfig } from '../src/config.js';
import { isQuorumError } from '../src/core/errors.js';
import { createSilentLogger } from '../src/core/logger.js';
import { LocalHashEmbeddings, localEmbedderName } from '../src/embeddings/local-hash-embeddings.js';
import { createThrowawayDatabase, withClient } from '../test/support/throwaway-database.js';
import { defaultCorpusDirs, parseBenchArguments, positiveOption, progress } from './lib/bench-arguments.js';
import { benchCommittees } from './lib/bench-committees.js';
import { readServerCpu } from './lib/read-server-cpu.js';
import { readProcessCpu } from './lib/read-thread-cpu.js';
import { synthesizeCorpus } from './lib/synthesize-corpus.js';

const usage = `Usage: npm run bench:postgres-ingest -- --database-url URL --papers DIR [--more DIR] [--chunks 12000]
       [--more-chunks 1000] [--runs 1] [--keep] [--json]
Times a bulk load of --papers into a fresh database on the server at URL, then an incremental ingest of
--more into the same database (its indexes kept up as it writes); its MB/s counts the papers it wrote,
not copies of loaded papers it refused. Either folder is synthesized from ../shared's papers (as
\`npm run bench\` does) when it does not exist yet, so before and after runs can load the same files;
--more then continues --papers' copies (at least one copy of ../shared, ~2,000 chunks, a seventh of
the default load). With pg_stat_statements loaded by the server (shared_preload_libraries), the
server's time is split by statement kind: COPY, index builds, counts, commits. --runs repeats the whole
measure (each in a fresh database) to see the spread on a busy machine; --keep keeps the databases.`;
const root = join(import.meta.dirname, '..');
const megabyte = 2 ** 20;

interface IngestRun {
  seconds: number;
  /** Text read from every input, refused copies too. */
  megabytes: number;
  megabytesPerSecond: number;
  /** Text of the inputs written (the batch, refused copies left out), and its rate: the figure to quote. */
  storedMegabytes: number;
  storedMegabytesPerSecond: number;
  chunks: number;
  files: number;
  failed: number;
  cpuSeconds: number;
  /** CPU seconds of the main thread, which writes to the store (the rest is the prepare worker's). */
  mainCpuSeconds?: number;
  /**
   * CPU seconds the server spent in the run (every process of a server on this machine, so a run
   * needs a server of its own): on a shared machine wall times vary with its load, CPU far less.
   */
  serverCpuSeconds?: number;
  /** Main-thread ms in store writes, waiting on the prepare worker, and in the store's flush (index builds). */
  storeMs: number;
  waitingMs: number;
  flushMs: number;
  /** Server-side ms by statement kind (pg_stat_statements), when available. */
  serverMs?: Record<string, number>;
}

try {
  const values = parseBenchArguments(
    {
      'database-url': { type: 'string' },
      papers: { type: 'string' },
      more: { type: 'string' },
      chunks: { type: 'string', default: '12000' },
      'more-chunks': { type: 'string', default: '1000' },
      runs: { type: 'string', default: '1' },
      json: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
    usage,
  );
  const serverUrl = values['database-url'];
  if (!serverUrl || !values.papers) throw new Error(usage);
  const config = loadConfig();
  const papers = await ensurePapers(values.papers, positiveOption('chunks', values.chunks, usage), 0, config.chunking);
  // The incremental folder continues the loaded one (later copies, later dates): new papers only.
  const more = values.more
    ? await ensurePapers(
        values.more,
        positiveOption('more-chunks', values['more-chunks'], usage),
        (await readdir(papers)).length,
        config.chunking,
      )
    : undefined;
  const runs = positiveOption('runs', values.runs, usage);
  const results = [];
  for (let run = 0; run < runs; run += 1) {
    const database = await createThrowawayDatabase(serverUrl, `bench_ingest_${process.pid}_${run}`);
    try {
      const bulk = await timeIngest(database.url, papers, config.chunking, 'bulk');
      const incremental = more ? await timeIngest(database.url, more, config.chunking, 'incremental') : undefined;
      results.push({ bulk, incremental, databaseMegabytes: (await database.size()) / megabyte });
    } finally {
      if (values.keep) progress(`kept ${database.url}`);
      else await database.drop();
    }
  }
  console.log(values.json ? JSON.stringify(results, null, 2) : results.map(format).join('\n\n'));
} catch (error) {
  console.error(isQuorumError(error) || error instanceof Error ? error.message : String(error));
  process.exit(1);
}

async function ensurePapers(
  directory: string,
  chunks: number,
  firstCopy: number,
  chunking: { size: number; overlap: number },
): Promise<string> {
  if (existsSync(directory) && (await readdir(directory)).length > 0) return directory;
  progress(`synthesizing about ${chunks} chunks of papers in ${directory}…`);
  await synthesizeCorpus({
    corpusDirs: defaultCorpusDirs(root, loadConfig().corpusDir),
    targetDir: directory,
    chunks,
    chunking,
    committees: benchCommittees,
    seed: firstCopy + 1,
    firstCopy,
  });
  return directory;
}

async function timeIngest(
  url: string,
  directory: string,
  chunking: { size: number; overlap: number },
  label: string,
): Promise<IngestRun> {
  const statements = await resetStatements(url);
  const embeddings = new LocalHashEmbeddings();
  const serverBefore = await withClient(url, readServerCpu);
  const mainBefore = readProcessCpu(process.pid)?.mainSeconds;
  const cpuBefore = process.cpuUsage();
  progress(`${label}: ingesting ${directory}…`);
  const summary = await ingestPaths({
    paths: [directory],
    location: { dataDir: join(directory, '..', 'unused-data'), databaseUrl: url },
    embedder: { embeddings, name: localEmbedderName, dimensions: embeddings.dimensions },
    chunking,
    logger: createSilentLogger(),
  });
  const cpu = process.cpuUsage(cpuBefore);
  const mainAfter = readProcessCpu(process.pid)?.mainSeconds;
  const serverAfter = await withClient(url, readServerCpu);
  const megabytes = summary.bytes / megabyte;
  const storedMegabytes = summary.storedBytes / megabyte;
  const { store, waiting, flush } = summary.stageMs;
  const run: IngestRun = {
    seconds: summary.seconds,
    megabytes,
    megabytesPerSecond: megabytes / summary.seconds,
    storedMegabytes,
    storedMegabytesPerSecond: storedMegabytes / summary.seconds,
    chunks: summary.chunks,
    files: summary.added.length + summary.updated.length,
    failed: summary.failed.length,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    storeMs: store,
    waitingMs: waiting,
    flushMs: flush,
  };
  if (mainBefore !== undefined && mainAfter !== undefined) run.mainCpuSeconds = mainAfter - mainBefore;
  if (serverBefore !== undefined && serverAfter !== undefined) run.serverCpuSeconds = serverAfter - serverBefore;
  if (statements) run.serverMs = await serverTimes(url);
  progress(`${label}: ${run.chunks} chunks, ${megabytes.toFixed(1)} MB in ${run.seconds.toFixed(1)} s`);
  return run;
}

/** Whether the server tracks statements; if so, forgets what it counted so far. */
async function resetStatements(url: string): Promise<boolean> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ loaded: boolean }>(
      "SELECT current_setting('shared_preload_libraries') LIKE '%pg_stat_statements%' AS loaded",
    );
    if (!rows[0]?.loaded) return false;
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await client.query('SELECT pg_stat_statements_reset()');
    return true;
  });
}

/** The server's time in this database by kind of statement: what a write spends where. */
async function serverTimes(url: string): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ query: string; ms: number; calls: string }>(
      `SELECT query, total_exec_time AS ms, calls FROM pg_stat_statements
       WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    );
    const times: Record<string, number> = {};
    for (const row of rows) {
      const kind = statementKind(row.query);
      times[kind] = (times[kind] ?? 0) + row.ms;
    }
    return Object.fromEntries(Object.entries(times).sort(([, a], [, b]) => b - a));
  });
}

function statementKind(query: string): string {
  const text = query.replace(/\s+/g, ' ').trim();
  if (/^COPY chunks /i.test(text)) return 'COPY chunks';
  if (/^COPY chunk_search/i.test(text)) return 'COPY chunk_search';
  if (/USING hnsw/i.test(text)) return 'HNSW build';
  if (/USING gin/i.test(text)) return 'GIN build';
  if (/gin_clean_pending_list/i.test(text)) return 'GIN pending list merges';
  if (/ts_stat/i.test(text)) return 'pair counts (ts_stat)';
  if (/^WITH terms AS/i.test(text)) return 'stem counts, glossary, generation';
  if (/INSERT INTO chunk_terms/i.test(text)) return 'term counts kept for the flush (tally)';
  if (/DELETE FROM chunks WHERE source/i.test(text)) return 'old version out, document in';
  if (/^COMMIT/i.test(text)) return 'COMMIT';
  if (/^BEGIN/i.test(text) || /FOR UPDATE/i.test(text)) return 'BEGIN and counts lock';
  return text.slice(0, 60);
}

function format(result: { bulk: IngestRun; incremental?: IngestRun; databaseMegabytes: number }): string {
  const lines = [describe('bulk load', result.bulk)];
  const { bulk, incremental } = result;
  if (incremental) {
    // A folder synthesized by an earlier version repeats some of the loaded papers, which the ingest
    // reads and refuses as copies: the rate counts only the new papers it wrote.
    lines.push(
      `incremental batch: ${incremental.storedMegabytes.toFixed(2)} MB of new papers, ${incremental.chunks} chunks ` +
        `(${((100 * incremental.chunks) / bulk.chunks).toFixed(1)} % of the loaded index) in ` +
        `${incremental.seconds.toFixed(1)} s = ${incremental.storedMegabytesPerSecond.toFixed(3)} MB/s ` +
        `(target 0.5; ${incremental.failed} refused or failed inputs left out)`,
    );
    lines.push(describe('incremental, all inputs', incremental));
  }
  lines.push(`database: ${result.databaseMegabytes.toFixed(1)} MB`);
  return lines.join('\n');
}

function describe(label: string, run: IngestRun): string {
  const lines = [
    `${label}: ${run.megabytes.toFixed(1)} MB, ${run.files} files, ${run.chunks} chunks in ${run.seconds.toFixed(1)} s = ` +
      `${run.megabytesPerSecond.toFixed(3)} MB/s (${run.failed} failed, ${run.cpuSeconds.toFixed(1)} s node CPU; ` +
      `store ${(run.storeMs / 1000).toFixed(1)} s, waiting for the worker ${(run.waitingMs / 1000).toFixed(1)} s, ` +
      `flush ${(run.flushMs / 1000).toFixed(1)} s)`,
  ];
  if (run.serverCpuSeconds !== undefined) {
    lines.push(
      `  CPU: server ${run.serverCpuSeconds.toFixed(1)} s, node main thread ${run.mainCpuSeconds?.toFixed(1) ?? '?'} s`,
    );
  }
  for (const [kind, ms] of Object.entries(run.serverMs ?? {})) {
    if (ms >= 50) lines.push(`  server ${kind}: ${(ms / 1000).toFixed(2)} s`);
  }
  return lines.join('\n');
}

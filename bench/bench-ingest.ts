import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type IngestSummary, ingestPaths } from '../ingest/pipeline/ingest-paths.js';
import { loadConfig } from '../src/config.js';
import { isQuorumError } from '../src/core/errors.js';
import { createSilentLogger } from '../src/core/logger.js';
import { createEmbeddings } from '../src/embeddings/create-embeddings.js';
import { parseBenchArguments, progress } from './lib/bench-arguments.js';
import { benchQuestions } from './lib/bench-questions.js';
import type { BenchResult } from './lib/bench-result.js';
import { formatBenchResult } from './lib/format-bench-result.js';
import { measureDirectory } from './lib/measure-directory.js';
import { measureServing } from './lib/measure-serving.js';
import { replicateCorpus } from './lib/replicate-corpus.js';

const usage = `Usage: npm run bench:ingest -- [--mb 65] [--corpus DIR] [--keep] [--json]
       npm run bench:ingest -- --index DIR [--json]   (only open and ask an index built earlier, e.g. with --keep)
Replicates the corpus (dates shifted per copy) to --mb megabytes (2^20 bytes), ingests it with the local
embedder into a fresh index, then opens that index and times answering; progress goes to stderr.`;
const megabyte = 2 ** 20;
const firstQuestion = 'What did the commission resolve about the domestic abuse strategy?';

try {
  const values = parseBenchArguments(
    {
      // 65 MB of the bundled papers makes an index of just over 100k chunks at the default chunk size.
      mb: { type: 'string', default: '65' },
      corpus: { type: 'string' },
      index: { type: 'string' },
      keep: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
    usage,
  );
  const megabytes = Number(values.mb);
  if (!(megabytes > 0)) throw new Error(`--mb must be a positive number. ${usage}`);
  const result = values.index
    ? await benchServing(values.index)
    : await benchIngest(megabytes, values.corpus, values.keep);
  console.log(values.json ? JSON.stringify(result, null, 2) : formatBenchResult(result));
} catch (error) {
  console.error(isQuorumError(error) || error instanceof Error ? error.message : String(error));
  process.exit(1);
}

async function benchIngest(megabytes: number, corpus: string | undefined, keep: boolean): Promise<BenchResult> {
  const config = loadConfig();
  const workDir = await mkdtemp(join(tmpdir(), 'quorum-bench-'));
  const textDir = join(workDir, 'papers');
  const dataDir = join(workDir, 'data');
  try {
    progress(`replicating ${corpus ?? config.corpusDir} to ${megabytes} MB in ${textDir}…`);
    const replica = await replicateCorpus({
      corpusDir: corpus ?? config.corpusDir,
      targetDir: textDir,
      bytes: megabytes * megabyte,
    });
    const embedder = await createEmbeddings({ embedder: 'local', openai: undefined });
    let reported = 0;
    const cpuBefore = process.cpuUsage();
    const summary = await ingestPaths({
      paths: [textDir],
      location: { dataDir },
      embedder: { ...embedder, dimensions: embedder.dimensions! },
      chunking: config.chunking,
      logger: createSilentLogger(),
      onProgress: ({ done, total }) => {
        if (done / total < reported + 0.1 && done !== total) return;
        reported = done / total;
        progress(`ingested ${done}/${total} files`);
      },
    });
    const cpu = process.cpuUsage(cpuBefore);
    const peakRssMegabytes = peakRss();
    const seconds = summary.seconds;
    const { stageMs, workerStageMs } = splitStages(summary);
    const ingestMegabytes = summary.bytes / megabyte;
    progress(`ingested ${summary.chunks} chunks in ${seconds.toFixed(1)} s; opening the index…`);
    const serving = await measureServing(dataDir, firstQuestion, benchQuestions);
    return withTargets({
      ingest: {
        copies: replica.copies,
        files: replica.files,
        megabytes: ingestMegabytes,
        seconds,
        cpuSeconds: (cpu.user + cpu.system) / 1e6,
        megabytesPerSecond: ingestMegabytes / seconds,
        chunks: summary.chunks,
        chunksPerSecond: summary.chunks / seconds,
        failed: summary.failed.length,
        stageMs,
        workerStageMs,
        peakRssMegabytes,
      },
      index: await indexSize(dataDir),
      serving,
      peakRssMegabytes: peakRss(),
      targets: [],
    });
  } finally {
    if (keep) progress(`kept ${workDir} (papers/ and data/); time opening it again with --index ${dataDir}`);
    else await rm(workDir, { recursive: true, force: true });
  }
}

/**
 * The main thread's stages, which add up to the ingest time, and those that ran in worker threads
 * beside it (none without workers; with them the local embedder prepares inputs in one).
 */
function splitStages({
  stageMs,
  seconds,
  workers,
}: IngestSummary): Pick<NonNullable<BenchResult['ingest']>, 'stageMs' | 'workerStageMs'> {
  const { read, parseAndChunk, embed, prepare, store, fullText, vector, waiting } = stageMs;
  const prepared = { read, 'parse and chunk': parseAndChunk, embed, 'prepare rows': prepare };
  // Chunk and document rows, the glossary, and each commit (where FTS5 writes and merges its segments).
  const written = { 'full-text insert': fullText, 'rows and commit': store - fullText - (workers ? 0 : vector) };
  const main: Record<string, number> = workers
    ? { ...written, 'waiting for the prepare worker': waiting }
    : { ...prepared, ...written, 'vector insert': vector };
  // Finding the inputs, opening the index (and starting the workers), and the final graph save and checkpoint.
  main.other = Math.max(0, seconds * 1000 - Object.values(main).reduce((total, ms) => total + ms, 0));
  return {
    stageMs: main,
    workerStageMs: workers ? { ...prepared, 'vector insert (graph worker)': vector } : {},
  };
}

async function benchServing(dataDir: string): Promise<BenchResult> {
  const serving = await measureServing(dataDir, firstQuestion, benchQuestions);
  return withTargets({
    index: await indexSize(dataDir),
    serving,
    peakRssMegabytes: peakRss(),
    targets: [],
  });
}

async function indexSize(dataDir: string): Promise<BenchResult['index']> {
  const { total, files } = await measureDirectory(dataDir);
  return { megabytes: total / megabyte, files };
}

function withTargets(result: BenchResult): BenchResult {
  const targets: BenchResult['targets'] = [];
  if (result.ingest) {
    targets.push({
      name: 'ingest throughput',
      target: '≥ 2 MB/s',
      measured: `${result.ingest.megabytesPerSecond.toFixed(2)} MB/s`,
      met: result.ingest.megabytesPerSecond >= 2,
    });
  }
  // Answer latency is reported above, not judged: its ≤ 50 ms p95 target is for the bundled corpus
  // (the evaluation's p95Ms); at 100k chunks the issue asks for the figure only.
  const { chunks, openMs } = result.serving;
  const scale = chunks >= 100_000 ? '' : ` (only ${chunks} chunks: the target is for 100k)`;
  targets.push({
    name: 'open index',
    target: '< 1000 ms at 100k chunks',
    measured: `${Math.round(openMs)} ms${scale}`,
    met: openMs < 1000 && chunks >= 100_000,
  });
  return { ...result, targets };
}

function peakRss(): number {
  // maxRSS is in kilobytes.
  return (process.resourceUsage().maxRSS * 1024) / megabyte;
}

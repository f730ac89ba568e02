import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IndexLocation } from '../../src/store/open-index-store.js';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../../test/support/throwaway-database.js';
import type { ConcurrentLoad } from './answer-concurrently.js';
import type { BenchRun, BenchStore } from './bench-run.js';
import { measureDirectory } from './measure-directory.js';
import { runChildTask } from './run-child-task.js';
import { synthesizeCorpus } from './synthesize-corpus.js';

export interface BenchAtSizeOptions {
  store: BenchStore;
  chunks: number;
  /** Folders of papers and transcripts the synthetic corpus copies. */
  corpusDirs: string[];
  chunking: { size: number; overlap: number };
  committees: string[];
  seed: number;
  /** PostgreSQL only: the server to create a throwaway database on. */
  serverUrl?: string;
  /** Builds the questions once the corpus's date span is known (weeks its copies' dates spread over). */
  questions: (weeks: number) => { warmup: string[]; timed: string[]; filtered: string[] };
  limit: number;
  recall: { queries: number; k: number; efs: number[] };
  load: ConcurrentLoad;
  openRuns: number;
  keep: boolean;
  onProgress: (message: string) => void;
}

const megabyte = 2 ** 20;

/**
 * One store at one size: synthesize the papers, ingest them in a child process, then open and
 * search the index in fresh child processes (so each peak RSS and open time is its own).
 */
export async function benchAtSize(options: BenchAtSizeOptions): Promise<BenchRun> {
  const { store, chunks, onProgress } = options;
  const workDir = await mkdtemp(join(tmpdir(), `quorum-store-bench-${store}-`));
  const papersDir = join(workDir, 'papers');
  let database: ThrowawayDatabase | undefined;
  try {
    onProgress(`[${store} ${chunks}] synthesizing papers for ~${chunks} chunks in ${papersDir}…`);
    const corpus = await synthesizeCorpus({ ...options, targetDir: papersDir });
    onProgress(`[${store} ${chunks}] ${corpus.files} files, ${(corpus.bytes / megabyte).toFixed(1)} MB; ingesting…`);
    if (store === 'postgres') {
      if (!options.serverUrl) throw new Error('The postgres store needs --database-url or --postgres');
      database = await createThrowawayDatabase(options.serverUrl, `bench_${process.pid}_${chunks}`);
    }
    const location: IndexLocation = { dataDir: join(workDir, 'data'), databaseUrl: database?.url };
    const tag = (message: string) => onProgress(`[${store} ${chunks}] ${message}`);
    const ingest = await runChildTask(
      { kind: 'ingest', directory: papersDir, location, chunking: options.chunking },
      tag,
    );
    const index = database
      ? { megabytes: (await database.size()) / megabyte, files: {} }
      : await measureDirectory(location.dataDir).then(({ total, files }) => ({ megabytes: total / megabyte, files }));
    const runsMs: number[] = [];
    for (let run = 1; run < options.openRuns; run += 1) {
      runsMs.push((await runChildTask({ kind: 'open', location }, tag)).result.openMs);
    }
    const questions = options.questions(corpus.copies * (corpus.daysBetweenCopies / 7));
    const search = await runChildTask(
      {
        kind: 'search',
        location,
        warmup: questions.warmup,
        questions: questions.timed,
        filteredQuestions: questions.filtered,
        limit: options.limit,
        recall: options.recall,
        load: options.load,
      },
      tag,
    );
    runsMs.push(search.result.openMs);
    return {
      store,
      targetChunks: chunks,
      corpus,
      ingest: { ...ingest.result, peakRssMegabytes: ingest.peakRssMegabytes },
      index,
      open: { runsMs, medianMs: median(runsMs) },
      search: { ...search.result, peakRssMegabytes: search.peakRssMegabytes },
    };
  } finally {
    if (options.keep) onProgress(`[${store} ${chunks}] kept ${workDir}${database ? ` and ${database.url}` : ''}`);
    else {
      await database?.drop();
      await rm(workDir, { recursive: true, force: true });
    }
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

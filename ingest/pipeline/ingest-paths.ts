import { stat } from 'node:fs/promises';
import { relative } from 'node:path';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { defaultIngestLimits, type IngestLimits } from '../../src/config.js';
import { isQuorumError, QuorumError } from '../../src/core/errors.js';
import type { Logger } from '../../src/core/logger.js';
import type { PaperMetadata } from '../../src/core/paper.js';
import { LocalHashEmbeddings } from '../../src/embeddings/local-hash-embeddings.js';
import type { IndexStore } from '../../src/store/index-store.js';
import { type IndexLocation, lockIndexForIngest, openIndexStore } from '../../src/store/open-index-store.js';
import { collectInputs } from '../read/collect-inputs.js';
import { prepareFile } from './prepare-file.js';
import type { PreparedFile, PrepareTimings } from './prepared-file.js';
import { startPrepareWorker } from './start-prepare-worker.js';

export interface IngestOptions {
  paths: string[];
  location: IndexLocation;
  embedder: { embeddings: EmbeddingsInterface; name: string; dimensions: number };
  chunking: { size: number; overlap: number };
  /** Bounds on each input; the documented defaults when absent. */
  limits?: IngestLimits;
  logger: Logger;
  /** Remove indexed documents that are not among this run's inputs. */
  prune?: boolean;
  /**
   * Use worker threads while this one writes the index: one prepares the inputs (read to rows; with
   * the local embedder only) and, for the embedded store, one builds the vector graph. By default
   * for more than 8 MB of inputs.
   */
  workers?: boolean;
  onProgress?: (event: { done: number; total: number; source: string }) => void;
  now?: () => Date;
  /** What a council site says about some inputs (by path as given), which wins over parsing. */
  metadata?: ReadonlyMap<string, PaperMetadata>;
  /**
   * At least this long between the store's checkpoints during the run (defaultCheckpointSeconds):
   * a crash loses at most about this much of the ingest's work.
   */
  checkpointSeconds?: number;
}

export interface IngestSummary {
  added: string[];
  updated: string[];
  unchanged: string[];
  removed: string[];
  failed: { source: string; message: string }[];
  /** Papers indexed with something left out (a scanned page), one line each. */
  notes: { source: string; message: string }[];
  chunks: number;
  /** Text read from every input, the unchanged and refused ones too. */
  bytes: number;
  /** Text of the inputs written to the index (added or updated). */
  storedBytes: number;
  seconds: number;
  /** Whether worker threads built the graph and (with the local embedder) prepared the inputs. */
  workers: boolean;
  /**
   * read, parseAndChunk, embed and prepare (rows ready to insert) happen before writing; `store` is
   * the writing, of which `fullText` and `vector` went to the full-text index and the vector graph;
   * `waiting` is the writer's time waiting on the worker; `flush` the store's end-of-run work (a bulk
   * load's index build), after the last input is stored.
   */
  stageMs: PrepareTimings & { store: number; fullText: number; vector: number; waiting: number; flush: number };
}

// Measured: the workers take about a second to start (most of it loading the PDF library), which
// ingesting on two cores earns back from about 8 MB of papers; below that one thread is as quick.
const workerThreshold = 8 * 2 ** 20;
// Prepared inputs queued ahead of the writer: enough to keep both threads busy, few enough to bound memory.
const lookahead = 8;
/** A crash of a long ingest loses at most about this much work (the embedded store's unsaved vector graph). */
export const defaultCheckpointSeconds = 60;
// A checkpoint writes the whole vector graph (about a gigabyte at 1M chunks): they are spaced at
// least this many times the last one's duration apart, so they cost the ingest at most a twentieth.
const checkpointSpacing = 20;

/**
 * read → parse → chunk → embed → store for each input. One file's failure never touches the others
 * or the index; a document counts as ingested only when all its chunks are stored.
 */
export async function ingestPaths(options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  // First of all: a refused ingest opens nothing, so it cannot disturb the one holding the lock.
  const release = await lockIndexForIngest(options.location, options.logger);
  try {
    return await ingestLocked(options, started);
  } finally {
    await release();
  }
}

async function ingestLocked(options: IngestOptions, started: number): Promise<IngestSummary> {
  const now = options.now ?? (() => new Date());
  const inputs = await collectInputs(options.paths);
  const workers = options.workers ?? (await totalSize(inputs.files)) > workerThreshold;
  const summary: IngestSummary = {
    added: [],
    updated: [],
    unchanged: [],
    removed: [],
    failed: inputs.errors.map((problem) => ({ source: problem.path, message: problem.message })),
    notes: [],
    chunks: 0,
    bytes: 0,
    storedBytes: 0,
    seconds: 0,
    workers,
    stageMs: {
      read: 0,
      parseAndChunk: 0,
      embed: 0,
      prepare: 0,
      store: 0,
      fullText: 0,
      vector: 0,
      waiting: 0,
      flush: 0,
    },
  };
  const sourceBySha = new Map<string, string>();
  const prepareOptions = {
    embeddings: options.embedder.embeddings,
    dimensions: options.embedder.dimensions,
    chunking: options.chunking,
    limits: options.limits ?? defaultIngestLimits,
  };
  const prepareHere = (file: string, source: string, metadata?: PaperMetadata): Promise<PreparedFile> =>
    prepareFile(
      file,
      source,
      { shaOf: async (name) => (await store.getDocument(name))?.sha256, sourceOf: (sha256) => sourceBySha.get(sha256) },
      prepareOptions,
      metadata,
    );
  const metadataOf = (file: string) => options.metadata?.get(file);
  // Started first, so it loads while the index opens.
  const worker =
    workers && options.embedder.embeddings instanceof LocalHashEmbeddings
      ? startPrepareWorker(
          { dimensions: options.embedder.dimensions, chunking: options.chunking, limits: prepareOptions.limits },
          prepareHere,
          (error) =>
            options.logger.warn({ err: error }, 'ingest worker failed; preparing the remaining inputs in this thread'),
        )
      : undefined;
  let store: IndexStore;
  try {
    store = await openIndexStore({
      location: options.location,
      embedder: options.embedder,
      create: true,
      graphWorker: workers,
      batchWrites: true,
      onWriteTimings: (timings) => {
        summary.stageMs.fullText = timings.fullTextMs;
        summary.stageMs.vector = timings.vectorMs;
      },
    });
  } catch (error) {
    await worker?.close();
    throw error;
  }
  try {
    const seen = new Set(inputs.files.map(sourceName));
    // Pruned first, so papers that moved (another folder, another working directory) are re-added in the same run.
    if (options.prune) {
      for (const document of await store.listDocuments()) {
        if (seen.has(document.source)) continue;
        await store.removeDocument(document.source);
        summary.removed.push(document.source);
      }
    }
    const documents = await store.listDocuments();
    for (const document of documents) sourceBySha.set(document.sha256, document.source);
    worker?.begin(documents.map((document): [string, string] => [document.source, document.sha256]));
    const prepare = worker?.prepare ?? prepareHere;
    const checkpoints = scheduleCheckpoints(store, (options.checkpointSeconds ?? defaultCheckpointSeconds) * 1000);
    const ahead: Promise<PreparedFile>[] = [];
    // Without a worker the embedded store writes in this thread, so each input is prepared once the
    // one before it is stored. A PostgreSQL server writes in a process of its own: the next input is
    // prepared while it does (an incremental ingest waited on the server for half its time, then on
    // its own preparation).
    const queued = worker ? lookahead : options.location.databaseUrl ? 2 : 1;
    let requested = 0;
    for (const [index, file] of inputs.files.entries()) {
      for (; requested < inputs.files.length && ahead.length < queued; requested += 1) {
        const next = inputs.files[requested]!;
        ahead.push(prepare(next, sourceName(next), metadataOf(next)));
      }
      const source = sourceName(file);
      const mark = performance.now();
      let prepared = await ahead.shift()!;
      if (worker) summary.stageMs.waiting += performance.now() - mark;
      // The worker's view of copies can be stale by a failed write: the index held here decides.
      if (prepared.outcome === 'duplicate' && copyOf(prepared.sha256, source) === undefined) {
        prepared = await prepareHere(file, source, metadataOf(file));
      }
      try {
        summary[await storePrepared(prepared)].push(source);
      } catch (error) {
        // The index itself went away (a database server stopped): every later paper would fail the same way.
        if (isQuorumError(error, 'index_unavailable')) throw stoppedIngest(error, source, summary);
        const message = isQuorumError(error) ? error.message : `${source}: ${(error as Error).message}`;
        summary.failed.push({ source, message });
        // A bad paper is expected input: its one-line reason goes in the summary; only surprises warn.
        if (isQuorumError(error)) options.logger.debug({ source, reason: message }, 'input failed');
        else options.logger.warn({ source, err: error }, 'input failed');
      }
      await checkpoints.due();
      options.onProgress?.({ done: index + 1, total: inputs.files.length, source });
    }
    const flushing = performance.now();
    await store.flush();
    summary.stageMs.flush = performance.now() - flushing;
  } finally {
    await worker?.close();
    await store.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;

  function copyOf(sha256: string, source: string): string | undefined {
    const indexed = sourceBySha.get(sha256);
    return indexed !== undefined && indexed !== source ? indexed : undefined;
  }

  async function storePrepared(prepared: PreparedFile): Promise<'added' | 'updated' | 'unchanged'> {
    const { source } = prepared;
    summary.bytes += prepared.bytes;
    for (const stage of ['read', 'parseAndChunk', 'embed', 'prepare'] as const) {
      summary.stageMs[stage] += prepared.ms[stage];
    }
    if (prepared.outcome === 'failed') throw prepared.error;
    if (prepared.outcome === 'unchanged') return 'unchanged';
    // Checked for every input: a worker cannot know of copies whose writing it did not see.
    const original = copyOf(prepared.sha256, source);
    if (original !== undefined) throw copyError(source, original);
    if (prepared.outcome === 'duplicate') throw copyError(source, prepared.copyOf);
    for (const disagreement of prepared.disagreements) {
      options.logger.info({ source, ...disagreement }, 'the site and the paper disagree: the site wins');
    }
    const mark = performance.now();
    const existing = await store.getDocument(source);
    await store.putDocument(prepared.document, now().toISOString());
    if (existing) sourceBySha.delete(existing.sha256);
    sourceBySha.set(prepared.sha256, source);
    summary.stageMs.store += performance.now() - mark;
    summary.chunks += prepared.document.chunks.length;
    summary.storedBytes += prepared.bytes;
    for (const message of prepared.notes) summary.notes.push({ source, message });
    options.logger.debug({ source, parts: prepared.parts, chunks: prepared.document.chunks.length }, 'ingested');
    return existing ? 'updated' : 'added';
  }
}

/** Calls the store's checkpoint once the interval has passed since the last one (or the start). */
function scheduleCheckpoints(store: IndexStore, intervalMs: number): { due(): Promise<void> } {
  let last = performance.now();
  let spacingMs = intervalMs;
  return {
    async due() {
      if (!store.checkpoint || performance.now() - last < spacingMs) return;
      const mark = performance.now();
      await store.checkpoint();
      last = performance.now();
      spacingMs = Math.max(intervalMs, checkpointSpacing * (last - mark));
    },
  };
}

async function totalSize(files: string[]): Promise<number> {
  // An input that cannot be read fails later, with its reason.
  const sizes = await Promise.all(
    files.map((file) =>
      stat(file).then(
        (stats) => stats.size,
        () => 0,
      ),
    ),
  );
  return sizes.reduce((total, size) => total + size, 0);
}

/** One line: what failed, where, and what this run had stored before it (which stays stored). */
function stoppedIngest(error: QuorumError, source: string, summary: IngestSummary): QuorumError {
  const stored = `${summary.added.length} added, ${summary.updated.length} updated, ${summary.unchanged.length} unchanged, ${summary.failed.length} failed`;
  return new QuorumError(
    'index_unavailable',
    `Ingest stopped while storing ${source}: ${error.message}. Stored before that: ${stored}; run the ingest again to finish.`,
    { cause: error },
  );
}

function copyError(source: string, original: string): QuorumError {
  // Chunk ids derive from the content, and a second copy would only double every search hit.
  return new QuorumError('input_unsupported', `${source}: same content as ${original}, which is already indexed`);
}

/** How an input is named in the index: relative to the working directory when inside it. */
export function sourceName(file: string): string {
  const relativePath = relative(process.cwd(), file);
  return relativePath.startsWith('..') ? file : relativePath;
}

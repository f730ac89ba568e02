import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { relative } from 'node:path';
import type { Embeddings } from '@langchain/core/embeddings';
import lockfile from 'proper-lockfile';
import { isQuorumError, QuorumError } from '../src/errors.js';
import type { Logger } from '../src/logger.js';
import { openSqliteStore } from '../src/store/sqlite-store/open-sqlite-store.js';
import { chunkDocument } from './chunk/chunk-document.js';
import { embedChunks } from './embed-chunks.js';
import { collectInputs } from './load/collect-inputs.js';
import { readInput } from './load/read-input.js';
import { mineGlossary } from './mine-glossary.js';
import { parseDocument } from './parse/parse-document.js';

export interface IngestOptions {
  paths: string[];
  dataDir: string;
  embedder: { embeddings: Embeddings; name: string; dimensions: number };
  chunking: { size: number; overlap: number };
  logger: Logger;
  /** Remove indexed documents that are not among this run's inputs. */
  prune?: boolean;
  onProgress?: (event: { done: number; total: number; source: string }) => void;
  now?: () => Date;
}

export interface IngestSummary {
  added: string[];
  updated: string[];
  unchanged: string[];
  removed: string[];
  failed: { source: string; message: string }[];
  chunks: number;
  bytes: number;
  seconds: number;
  /** `fullText` and `vector` are the parts of `store` spent on the full-text index and the vector graph. */
  stageMs: { read: number; parseAndChunk: number; embed: number; store: number; fullText: number; vector: number };
}

/**
 * parse → chunk → embed → store for each input. One file's failure never touches the others or
 * the index; a document counts as ingested only when all its chunks are stored.
 */
export async function ingestPaths(options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const now = options.now ?? (() => new Date());
  mkdirSync(options.dataDir, { recursive: true });
  const release = await acquireLock(options.dataDir);
  const summary: IngestSummary = {
    added: [],
    updated: [],
    unchanged: [],
    removed: [],
    failed: [],
    chunks: 0,
    bytes: 0,
    seconds: 0,
    stageMs: { read: 0, parseAndChunk: 0, embed: 0, store: 0, fullText: 0, vector: 0 },
  };
  const store = openSqliteStore({ dataDir: options.dataDir, embedder: options.embedder, create: true });
  const sourceBySha = new Map<string, string>();
  try {
    const inputs = await collectInputs(options.paths);
    summary.failed.push(...inputs.errors.map((problem) => ({ source: problem.path, message: problem.message })));
    const seen = new Set(inputs.files.map(sourceName));
    // Pruned first, so papers that moved (another folder, another working directory) are re-added in the same run.
    if (options.prune) {
      for (const document of store.listDocuments()) {
        if (seen.has(document.source)) continue;
        store.removeDocument(document.source);
        summary.removed.push(document.source);
      }
    }
    for (const document of store.listDocuments()) sourceBySha.set(document.sha256, document.source);
    for (const [index, file] of inputs.files.entries()) {
      const source = sourceName(file);
      try {
        const outcome = await ingestOne(file, source);
        summary[outcome].push(source);
      } catch (error) {
        const message = isQuorumError(error) ? error.message : `${source}: ${(error as Error).message}`;
        summary.failed.push({ source, message });
        options.logger.warn({ source, err: error }, 'input failed');
      }
      options.onProgress?.({ done: index + 1, total: inputs.files.length, source });
    }
    store.flush();
    summary.stageMs.fullText = store.timings.fullTextMs;
    summary.stageMs.vector = store.timings.vectorMs;
  } finally {
    store.close();
    await release();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;

  async function ingestOne(file: string, source: string): Promise<'added' | 'updated' | 'unchanged'> {
    let mark = performance.now();
    const { text } = await readInput(file);
    const sha256 = createHash('sha256').update(text).digest('hex');
    summary.bytes += Buffer.byteLength(text);
    summary.stageMs.read += performance.now() - mark;
    const existing = store.getDocument(source);
    if (existing?.sha256 === sha256) return 'unchanged';
    const copyOf = sourceBySha.get(sha256);
    if (copyOf !== undefined && copyOf !== source) {
      // Chunk ids derive from the content, and a second copy would only double every search hit.
      throw new QuorumError('input_unsupported', `${source}: same content as ${copyOf}, which is already indexed`);
    }
    mark = performance.now();
    const document = parseDocument({ source, text, sha256 });
    const chunks = chunkDocument(document, options.chunking);
    const glossary = mineGlossary(text);
    summary.stageMs.parseAndChunk += performance.now() - mark;
    mark = performance.now();
    const vectors = await embedChunks(options.embedder.embeddings, chunks);
    summary.stageMs.embed += performance.now() - mark;
    mark = performance.now();
    store.putDocument(document, chunks, vectors, now().toISOString());
    store.putGlossary(source, glossary);
    if (existing) sourceBySha.delete(existing.sha256);
    sourceBySha.set(sha256, source);
    summary.stageMs.store += performance.now() - mark;
    summary.chunks += chunks.length;
    options.logger.debug({ source, parts: document.parts.length, chunks: chunks.length }, 'ingested');
    return existing ? 'updated' : 'added';
  }
}

function sourceName(file: string): string {
  const relativePath = relative(process.cwd(), file);
  return relativePath.startsWith('..') ? file : relativePath;
}

async function acquireLock(dataDir: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dataDir, { lockfilePath: `${dataDir}/ingest.lock`, stale: 15_000, update: 5_000 });
  } catch (error) {
    throw new QuorumError('index_locked', `Another ingest is already running on ${dataDir}; wait for it to finish`, {
      cause: error,
    });
  }
}

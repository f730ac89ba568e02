import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import lockfile from 'proper-lockfile';
import type { Chunk } from '../../core/chunk.js';
import { QuorumError } from '../../core/errors.js';
import { checkManifestEmbedder } from '../check-manifest-embedder.js';
import { chunkStems } from '../chunk-stems.js';
import type { DocumentRecord, GlossaryEntry, IndexManifest, IndexStore, ScoredChunk } from '../index-store.js';
import type { PreparedDocument } from '../prepare-document.js';
import { searchableText } from '../searchable-text.js';
import { type DocumentRow, toDocumentRecord } from '../to-document-record.js';
import { type ChunkFacts, filterClause, filterPredicate } from './filter-clause.js';
import { openVectorIndexInWorker } from './open-vector-index-in-worker.js';
import { createTextQueryPlanner } from './plan-text-query.js';
import { readStoredVectors } from './read-stored-vectors.js';
import { createSchema, databaseFile, schemaVersion } from './schema.js';
import { facetCondition, facetTokens } from './search-facets.js';
import { createTermCounts } from './term-counts.js';
import { openVectorIndex, savedGraphGeneration, selectiveSearchEf } from './vector-index.js';

export interface SqliteStoreOptions {
  dataDir: string;
  embedder: { name: string; dimensions?: number };
  /**
   * Create the index when it does not exist yet (ingest); answering opens existing ones only.
   * Only such a writer saves the vector graph: a reader's graph may be older than the database by
   * the time it closes (an ingest ran meanwhile), and saving it would stamp stale vectors as current.
   */
  create?: boolean;
  /**
   * Chunks a full-text search may score: its commonest terms are left out beyond this
   * (fitPostingBudget). Measured on the 100k-chunk benchmark: see docs/benchmarks.md.
   */
  textPostingBudget?: number;
  /**
   * Build the vector graph in a worker thread, so a long ingest inserts into it while this thread
   * writes SQLite. Only for a writer (create); a search brings the graph back to this thread.
   */
  graphWorker?: boolean;
}

export interface SqliteStore extends IndexStore {
  /**
   * Milliseconds spent writing since opening, split for the ingest benchmark: fullText is part of
   * sql; vector is the graph's, counted in its worker (up to the last save) when it has one.
   */
  readonly timings: { fullTextMs: number; vectorMs: number; sqlMs: number };
}

/** The embedded default store: SQLite (metadata, text, FTS5 BM25, vectors) plus an hnswlib graph. */
export function openSqliteStore({
  dataDir,
  embedder,
  create = false,
  graphWorker = false,
  textPostingBudget = 20_000,
}: SqliteStoreOptions): SqliteStore {
  const databasePath = join(dataDir, databaseFile);
  if (create) mkdirSync(dataDir, { recursive: true });
  let database: Database.Database;
  try {
    database = new Database(databasePath, { fileMustExist: !create });
  } catch (error) {
    throw new QuorumError('index_missing', `No index at ${dataDir}: run "npm run ingest" first`, { cause: error });
  }
  // Chunk rows (text, JSON and a 1 KB vector) waste a third of each 4 KB page; 8 KB pages pack them
  // and cut ingest writes by a fifth. Only a new, empty database takes it.
  if (create) database.pragma('page_size = 8192');
  database.pragma('journal_mode = WAL');
  // Under WAL a crash can lose the last commits but never corrupts; ingest re-runs idempotently.
  database.pragma('synchronous = NORMAL');
  // Ingest writes hundreds of megabytes; checkpointing every 64 MB rather than 4 MB copies the
  // full-text segments it keeps merging into the database file far fewer times.
  if (create) database.pragma('wal_autocheckpoint = 16384');
  database.pragma('foreign_keys = ON');
  createSchema(database);
  const manifest = readOrCreateManifest(database, dataDir, embedder);
  let facts = readFacts(database);
  const readGeneration = database.prepare("SELECT value FROM meta WHERE key = 'generation'").pluck();
  const generation = () => Number((readGeneration.get() as string | undefined) ?? '0');
  const readAll = () => readStoredVectors(database);
  let vectors =
    create && graphWorker
      ? openVectorIndexInWorker(dataDir, manifest.dimensions, generation, readAll)
      : openVectorIndex(dataDir, manifest.dimensions, generation(), readAll);

  let loadedGeneration = generation();
  const termCounts = createTermCounts(database);
  // Only a writer mends counts a crash left behind; a reader must not write under a running ingest.
  if (create) termCounts.rebuildIfStale(generation());
  const writePendingTermCounts = () => {
    if (termCounts.pendingDocuments > 0) database.transaction(() => termCounts.write(generation()))();
  };
  const textQuery = createTextQueryPlanner(database, textPostingBudget);

  /**
   * A reader (the bot) keeps serving while an ingest runs elsewhere; once that ingest has saved its
   * graph for the database's new generation, swap in the new graph and facts. Full-text search
   * sees new papers at once; this brings them into vector search without a restart.
   */
  function refreshAfterIngest(): void {
    if (create) return;
    const current = generation();
    if (current === loadedGeneration || savedGraphGeneration(dataDir) !== current) return;
    vectors.close();
    vectors = openVectorIndex(dataDir, manifest.dimensions, current, readAll);
    facts = readFacts(database);
    loadedGeneration = current;
  }

  const statements = {
    getDocument: database.prepare(
      'SELECT source, sha256, ingested_at, chunk_count, parts_json FROM documents WHERE source = ?',
    ),
    listDocuments: database.prepare(
      'SELECT source, sha256, ingested_at, chunk_count, parts_json FROM documents ORDER BY source',
    ),
    labelsOf: database.prepare('SELECT label, chunk_json FROM chunks WHERE source = ?'),
    deleteSearch: database.prepare('DELETE FROM chunk_search WHERE rowid = ?'),
    deleteChunks: database.prepare('DELETE FROM chunks WHERE source = ?'),
    deleteDocument: database.prepare('DELETE FROM documents WHERE source = ?'),
    deleteGlossary: database.prepare('DELETE FROM glossary WHERE source = ?'),
    insertDocument: database.prepare(
      'INSERT INTO documents (source, sha256, ingested_at, chunk_count, parts_json, text) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    insertChunk: database.prepare(
      'INSERT INTO chunks (id, source, meeting_date, committee, kind, exempt, chunk_json, vector) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    insertSearch: database.prepare('INSERT INTO chunk_search (rowid, body, pairs, facets) VALUES (?, ?, ?, ?)'),
    insertGlossary: database.prepare('INSERT OR IGNORE INTO glossary (short, long, source) VALUES (?, ?, ?)'),
    bumpGeneration: database.prepare(
      "INSERT INTO meta (key, value) VALUES ('generation', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    ),
    documentText: database.prepare('SELECT text FROM documents WHERE source = ?'),
    chunkById: database.prepare('SELECT chunk_json FROM chunks WHERE id = ?'),
    chunksOf: database.prepare('SELECT chunk_json FROM chunks WHERE source = ? ORDER BY label'),
    chunksByLabel: database.prepare(
      'SELECT label, chunk_json FROM chunks WHERE label IN (SELECT value FROM json_each(?))',
    ),
    count: database.prepare('SELECT COUNT(*) AS count FROM chunks'),
    dataVersion: database.prepare('PRAGMA data_version').pluck(),
    committees: database.prepare('SELECT DISTINCT committee FROM chunks ORDER BY committee'),
    latestMeeting: database.prepare('SELECT MAX(meeting_date) AS date FROM chunks WHERE meeting_date <= ?'),
    glossary: database.prepare('SELECT DISTINCT short, long FROM glossary'),
    frequencies: database.prepare(
      'SELECT term, chunks FROM term_counts WHERE chunks > 0 AND term IN (SELECT value FROM json_each(?))',
    ),
  };

  function removeChunks(source: string): number[] {
    const rows = statements.labelsOf.all(source) as { label: number; chunk_json: string }[];
    if (rows.length > 0) {
      termCounts.add(
        rows.map((row) => chunkStems(searchableText(JSON.parse(row.chunk_json) as Chunk))),
        -1,
      );
    }
    const labels = rows.map((row) => row.label);
    for (const label of labels) statements.deleteSearch.run(label);
    statements.deleteChunks.run(source);
    return labels;
  }

  const timings = {
    fullTextMs: 0,
    sqlMs: 0,
    get vectorMs() {
      return vectors.insertMs;
    },
  };
  let counted: { version: number; count: number } | undefined;
  const replaceDocument = database.transaction((prepared: PreparedDocument, ingestedAt: string) => {
    const { source, chunks } = prepared;
    const removed = removeChunks(source);
    statements.deleteDocument.run(source);
    statements.insertDocument.run(
      source,
      prepared.sha256,
      ingestedAt,
      chunks.length,
      prepared.partsJson,
      prepared.text,
    );
    const vectorBytes = manifest.dimensions * Float32Array.BYTES_PER_ELEMENT;
    const labels = chunks.map((chunk, index) => {
      const vector = Buffer.from(
        prepared.vectors.buffer,
        prepared.vectors.byteOffset + index * vectorBytes,
        vectorBytes,
      );
      const { lastInsertRowid } = statements.insertChunk.run(
        chunk.id,
        source,
        chunk.meetingDate,
        chunk.committee,
        chunk.kind,
        chunk.exempt ? 1 : 0,
        chunk.json,
        vector,
      );
      const label = Number(lastInsertRowid);
      const mark = performance.now();
      statements.insertSearch.run(label, chunk.searchText, chunk.searchPairs, facetTokens(chunk));
      timings.fullTextMs += performance.now() - mark;
      return label;
    });
    termCounts.add(
      chunks.map((chunk) => chunk.stems),
      1,
    );
    if (prepared.glossary) writeGlossary(source, prepared.glossary);
    statements.bumpGeneration.run(String(generation() + 1));
    if (termCounts.pendingDocuments >= termCountBatch) termCounts.write(generation());
    return { removed, labels };
  });

  const deleteDocument = database.transaction((source: string) => {
    const removed = removeChunks(source);
    statements.deleteDocument.run(source);
    statements.deleteGlossary.run(source);
    statements.bumpGeneration.run(String(generation() + 1));
    if (termCounts.pendingDocuments >= termCountBatch) termCounts.write(generation());
    return removed;
  });

  function putPreparedDocument(prepared: PreparedDocument, ingestedAt: string): void {
    if (prepared.vectors.length !== prepared.chunks.length * manifest.dimensions) {
      throw new QuorumError(
        'embedding_failed',
        `${prepared.source}: vectors do not match the index's ${manifest.dimensions} dimensions`,
      );
    }
    counted = undefined;
    const mark = performance.now();
    const { removed, labels } = replaceDocument(prepared, ingestedAt);
    timings.sqlMs += performance.now() - mark;
    vectors.remove(removed);
    vectors.add(labels, prepared.vectors);
    for (const label of removed) facts.delete(label);
    labels.forEach((label, index) => {
      const { meetingDate, committee, kind, exempt } = prepared.chunks[index]!;
      facts.set(label, { meetingDate, committee, kind, exempt });
    });
  }

  function writeGlossary(source: string, entries: { short: string; long: string }[]): void {
    statements.deleteGlossary.run(source);
    for (const entry of entries) statements.insertGlossary.run(entry.short, entry.long, source);
  }

  function chunksByLabels(labels: number[]): Map<number, Chunk> {
    const rows = statements.chunksByLabel.all(JSON.stringify(labels)) as { label: number; chunk_json: string }[];
    return new Map(rows.map((row) => [row.label, JSON.parse(row.chunk_json) as Chunk]));
  }

  function listDocuments(): DocumentRecord[] {
    return (statements.listDocuments.all() as DocumentRow[]).map(toDocumentRecord);
  }

  return {
    manifest,
    timings,
    async getDocument(source) {
      const row = statements.getDocument.get(source) as DocumentRow | undefined;
      return row ? toDocumentRecord(row) : undefined;
    },
    async listDocuments() {
      return listDocuments();
    },
    async putDocument(prepared, ingestedAt) {
      putPreparedDocument(prepared, ingestedAt);
    },
    async removeDocument(source) {
      counted = undefined;
      const removed = deleteDocument(source);
      vectors.remove(removed);
      for (const label of removed) facts.delete(label);
    },
    async getDocumentText(source) {
      return (statements.documentText.get(source) as { text: string } | undefined)?.text;
    },
    async listParts() {
      return listDocuments().flatMap((document) =>
        document.parts.map((part, partIndex) => ({
          source: document.source,
          ingestedAt: document.ingestedAt,
          partIndex,
          part,
        })),
      );
    },
    async getChunk(id) {
      const row = statements.chunkById.get(id) as { chunk_json: string } | undefined;
      return row ? (JSON.parse(row.chunk_json) as Chunk) : undefined;
    },
    async meetingChunks(meetingDate, filters) {
      const { sql, parameters } = filterClause(filters);
      const rows = database
        .prepare(`SELECT c.chunk_json AS chunk_json FROM chunks c WHERE c.meeting_date = ?${sql} ORDER BY c.label`)
        .all(meetingDate, ...parameters) as { chunk_json: string }[];
      return rows.map((row) => JSON.parse(row.chunk_json) as Chunk);
    },
    async listChunks(source) {
      return (statements.chunksOf.all(source) as { chunk_json: string }[]).map(
        (row) => JSON.parse(row.chunk_json) as Chunk,
      );
    },
    async chunkCount() {
      // Asked once per query term (IDF); recounted only after a write, here or by another connection.
      const version = statements.dataVersion.get() as number;
      if (counted?.version !== version)
        counted = { version, count: (statements.count.get() as { count: number }).count };
      return counted.count;
    },
    async generation() {
      return generation();
    },
    async latestMeetingDate(onOrBefore) {
      return (statements.latestMeeting.get(onOrBefore) as { date: string | null }).date ?? undefined;
    },
    async committees() {
      return (statements.committees.all() as { committee: string }[]).map((row) => row.committee);
    },
    async documentFrequencies(stems) {
      // This store's own writes count at once; other connections' after their batch is written.
      writePendingTermCounts();
      const rows = statements.frequencies.all(JSON.stringify(stems)) as { term: string; chunks: number }[];
      return new Map(rows.map((row) => [row.term, row.chunks]));
    },
    async searchText(phrases, limit, filters) {
      const query = textQuery.plan(phrases);
      if (query === '') return [];
      const { sql, parameters } = filterClause(filters);
      // Dates, committees and kinds narrow the match inside FTS5 (the facets column); exact days and
      // exemption are checked on the chunk rows.
      const facets = facetCondition(filters);
      const match = facets ? `(${query}) AND ${facets}` : query;
      // Joining every match reads each one's chunk row, which costs more than ranking them at 100k
      // chunks: rank in the full-text index alone, filter the best few, and join everything only
      // when the filters leave fewer than asked for.
      const best = database
        .prepare(
          `SELECT c.chunk_json AS chunk_json, r.rank AS rank
           FROM (SELECT rowid AS label, bm25(chunk_search, ${columnWeights}) AS rank FROM chunk_search
                 WHERE chunk_search MATCH ? ORDER BY rank LIMIT ?) r
           JOIN chunks c ON c.label = r.label
           WHERE 1 = 1${sql} ORDER BY r.rank LIMIT ?`,
        )
        .all(match, limit * 4, ...parameters, limit) as { chunk_json: string; rank: number }[];
      const rows =
        best.length === limit
          ? best
          : (database
              .prepare(
                `SELECT c.chunk_json AS chunk_json, bm25(chunk_search, ${columnWeights}) AS rank
                 FROM chunk_search JOIN chunks c ON c.label = chunk_search.rowid
                 WHERE chunk_search MATCH ?${sql} ORDER BY rank LIMIT ?`,
              )
              .all(match, ...parameters, limit) as { chunk_json: string; rank: number }[]);
      return rows.map((row) => ({ chunk: JSON.parse(row.chunk_json) as Chunk, score: -row.rank }));
    },
    async searchVector(vector, limit, filters) {
      refreshAfterIngest();
      const allowed = filterPredicate(filters);
      const selective = facetCondition(filters) !== undefined;
      const hits = vectors.search(
        vector,
        limit,
        (label) => {
          const fact = facts.get(label);
          return fact !== undefined && allowed(fact);
        },
        selective ? selectiveSearchEf : undefined,
      );
      const chunks = chunksByLabels(hits.map((hit) => hit.label));
      return hits.flatMap((hit): ScoredChunk[] => {
        const chunk = chunks.get(hit.label);
        return chunk ? [{ chunk, score: hit.similarity }] : [];
      });
    },
    async glossary() {
      return statements.glossary.all() as GlossaryEntry[];
    },
    async lockForIngest() {
      return acquireLock(dataDir);
    },
    async flush() {
      writePendingTermCounts();
      await vectors.settle();
      if (create) vectors.save(generation());
    },
    async close() {
      try {
        writePendingTermCounts();
        if (create) vectors.save(generation());
      } finally {
        vectors.close();
        database.close();
      }
    },
  };
}

// Documents whose term counts are written together (createTermCounts).
const termCountBatch = 256;

/** BM25 weights of body, pairs and facets: a filter's facet tokens select, they do not score. */
const columnWeights = '1.0, 1.0, 0.0';

async function acquireLock(dataDir: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dataDir, { lockfilePath: `${dataDir}/ingest.lock`, stale: 15_000, update: 5_000 });
  } catch (error) {
    throw new QuorumError('index_locked', `Another ingest is already running on ${dataDir}; wait for it to finish`, {
      cause: error,
    });
  }
}

function readOrCreateManifest(
  database: Database.Database,
  dataDir: string,
  embedder: SqliteStoreOptions['embedder'],
): IndexManifest {
  const stored = readMeta(database, 'manifest');
  if (stored) {
    const manifest = JSON.parse(stored) as IndexManifest;
    const reingest = `Delete ${dataDir} and re-ingest ("npm run ingest").`;
    if (manifest.schemaVersion !== schemaVersion) {
      throw new QuorumError(
        'index_incompatible',
        `The index at ${dataDir} has schema version ${manifest.schemaVersion}, this Quorum needs ${schemaVersion}. ${reingest}`,
      );
    }
    checkManifestEmbedder(manifest, embedder, `at ${dataDir}`, reingest);
    return manifest;
  }
  if (embedder.dimensions === undefined) {
    throw new QuorumError('index_missing', `The index at ${dataDir} is empty: run "npm run ingest" first`);
  }
  const manifest: IndexManifest = {
    schemaVersion,
    embedder: embedder.name,
    dimensions: embedder.dimensions,
    createdAt: new Date().toISOString(),
  };
  database.prepare("INSERT INTO meta (key, value) VALUES ('manifest', ?)").run(JSON.stringify(manifest));
  return manifest;
}

function readFacts(database: Database.Database): Map<number, ChunkFacts> {
  const facts = new Map<number, ChunkFacts>();
  const rows = database.prepare('SELECT label, meeting_date, committee, kind, exempt FROM chunks').raw().all() as [
    number,
    string | null,
    string,
    string,
    number,
  ][];
  for (const [label, meetingDate, committee, kind, exempt] of rows) {
    facts.set(label, { meetingDate, committee, kind, exempt: exempt === 1 });
  }
  return facts;
}

function readMeta(database: Database.Database, key: string): string | undefined {
  return (database.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}

import pLimit from 'p-limit';
import pg from 'pg';
import type { Chunk } from '../../core/chunk.js';
import type { Logger } from '../../core/logger.js';
import { isAnalyzerOutdated } from '../check-manifest-analyzer.js';
import type { IndexStore } from '../index-store.js';
import { type DocumentRow, toDocumentRecord } from '../to-document-record.js';
import { pauseAutovacuum, resumeAutovacuum } from './autovacuum-during-load.js';
import { backfillChunkSearch } from './backfill-chunk-search.js';
import { describeDatabase } from './describe-database.js';
import { filterSql } from './filter-sql.js';
import { migrateSchema } from './migrate-schema.js';
import { PendingPostings } from './pending-postings.js';
import { putDocument } from './put-document.js';
import { readOrCreateManifest } from './read-or-create-manifest.js';
import { markTermsCounted, markTermsUncounted, recountTermsIfPending } from './recount-terms.js';
import { reindexChunks } from './reindex-chunks.js';
import { removeDocument } from './remove-document.js';
import { buildSearchIndexes, prepareBulkLoad } from './search-indexes.js';
import { countText, searchText } from './search-text.js';
import { searchVector, vectorSessionSettings } from './search-vector.js';
import { TermTally } from './term-tally.js';
import { guarded } from './to-store-error.js';
import { withWriteTransaction } from './with-transaction.js';

/**
 * hnsw.ef_search for vector searches. Measured on 5,000 random 256-dimension vectors (the hard case:
 * real embeddings cluster and need far less), HNSW forced, recall@10 against exact search: ef 100
 * 0.82, 150 0.90, 200 0.953, 250 0.967, 300 0.98, with or without a filter, at 3-7 ms a query.
 * 250 keeps the 0.95 goal with a margin. A search asking for more than ef results widens it to its limit.
 */
export const defaultEfSearch = 250;

export interface PostgresStoreOptions {
  /** postgres:// URL of a database with the pgvector extension available (0.8 or later). */
  url: string;
  embedder: { name: string; dimensions?: number };
  /** Create the schema and manifest when absent (ingest); answering opens existing indexes only. */
  create?: boolean;
  /** HNSW candidate list size per search: higher finds more of the true nearest, slower. */
  efSearch?: number;
  /**
   * Chunks a full-text search may rank for the question's single words (fitPostingBudget). Ranking a
   * match costs PostgreSQL tens of times what it costs FTS5 (a heap row read, ts_rank over its
   * lexemes), so the budget is a quarter of the embedded store's: at 100k chunks a question of two
   * common words ranked 14,000 matches in 420 ms, and 6,000 once the commoner was left out in 90 ms.
   * Phrases count against it too. At 190k chunks (docs/postgres-text-search-plans.md) 5,000 kept
   * 0.86 of the top 8 an every-term match ranks, 1,500 only 0.65, for p95 233 against 306 ms; at 99k
   * 5,000 keeps 0.988 (2,500: 0.85) at p95 108 ms under load, lexemes lz4-compressed.
   */
  textPostingBudget?: number;
  /**
   * Largest maintenance_work_mem (MB) an ingest's index build may take; the build asks for what the
   * HNSW graph needs (about 1.7 GB for 1M 256-dimension vectors) up to this.
   */
  indexBuildMegabytes?: number;
  /**
   * Statements reading the index that run at once; more wait in this process, in the order asked.
   * The server gains nothing from running more at once than it has cores, and on a machine whose
   * cores it shares with the answering process every extra one costs: at 100k chunks, 8 concurrent
   * askers on 2 busy cores cost the server 54-94 ms of CPU a question with up to 10 at once (the
   * pool's size) and 26-46 ms with 2-4, p95 0.85 of it (`npm run bench:postgres-answering --
   * --concurrent-reads N`, docs/benchmarks.md). Writes are not held back.
   */
  concurrentReads?: number;
  /**
   * For an ingest: the term counts of an incremental ingest's documents are kept back until its
   * flush, as a load into an empty index's always are (see putDocument below). Other connections
   * see each document's chunks at its commit and its term counts at the flush.
   */
  batchWrites?: boolean;
  /** node-postgres pool settings (max connections, timeouts…); the URL comes from `url`. */
  pool?: Omit<pg.PoolConfig, 'connectionString'>;
  logger?: Logger;
}

/**
 * The settings every pooled connection starts with: the vector search's (so a search needs no
 * transaction to set them), and no JIT compilation. A full-text search plans its match in SQL, whose
 * term CTEs the planner costs at a hundred rows each, which passed jit_above_cost: compiling took
 * 150 ms of a 20 ms search. The store's statements are all short; none gains from JIT.
 */
export function sessionSettings(efSearch: number): string {
  return `${vectorSessionSettings(efSearch)} -c jit=off`;
}

const documentColumns = 'source, sha256, ingested_at, chunk_count, parts_json';

/**
 * The index in PostgreSQL + pgvector: metadata, text, a tsvector full-text index and an HNSW vector
 * index in one database that several processes (ingest, the bot, CLIs) share. Every write is one
 * transaction, so a reader sees a document whole or not at all.
 */
export async function openPostgresStore({
  url,
  embedder,
  create = false,
  efSearch = defaultEfSearch,
  textPostingBudget = 5_000,
  indexBuildMegabytes = 2048,
  concurrentReads = 3,
  batchWrites = false,
  pool: poolOptions,
  logger,
}: PostgresStoreOptions): Promise<IndexStore> {
  const database = describeDatabase(url);
  const pool = new pg.Pool({
    connectionString: url,
    application_name: 'quorum',
    options: sessionSettings(efSearch),
    ...poolOptions,
  });
  // An idle client's connection dropping (a server restart) must not crash the process: the pool
  // replaces it, and the next query reports any lasting problem.
  pool.on('error', (error) => logger?.warn({ err: error }, `PostgreSQL connection to ${database} dropped`));
  // The pool listens only to its idle clients: one checked out for a transaction when the server goes
  // away would emit an unhandled 'error' and kill the process. Its query fails with the same error.
  pool.on('connect', (client) => {
    client.on('error', (error) => logger?.warn({ err: error }, `PostgreSQL connection to ${database} lost mid-query`));
  });
  const run = <T>(work: () => Promise<T>) => guarded(database, work);
  const reads = pLimit(concurrentReads);
  // A read never waits on another read inside the gate, so the gate cannot deadlock.
  const read = <T>(work: () => Promise<T>) => reads(() => run(work));

  let manifest: IndexStore['manifest'];
  // A load into an empty index builds its vector index once, at flush, and merges its full-text postings as it goes.
  let buildAtFlush = false;
  try {
    const version = await run(() => migrateSchema(pool, database, create));
    manifest = await run(() => readOrCreateManifest(pool, database, version, embedder, create));
    if (create) {
      const { dimensions } = manifest;
      await run(() => backfillChunkSearch(pool));
      // An index another text analyser built (a reader refused it): its terms are counted again below.
      const outdated = manifest;
      if (isAnalyzerOutdated(outdated)) manifest = await run(() => reindexChunks(pool, outdated));
      const { rows } = await run(() => pool.query<{ count: string }>('SELECT chunk_count AS count FROM quorum_counts'));
      buildAtFlush = Number(rows[0]?.count ?? 0) === 0;
      // An incremental ingest keeps the indexes up as it writes; one that stopped before its flush left them to build.
      // A load into an empty index builds its vector index at its flush and its full-text index as it goes.
      await run(async () => {
        if (buildAtFlush) {
          await prepareBulkLoad(pool, dimensions);
          await pauseAutovacuum(pool);
        } else {
          await buildSearchIndexes(pool, dimensions, indexBuildMegabytes);
          await resumeAutovacuum(pool);
        }
      });
      // A bulk load counts terms in memory until its flush; one that stopped before it left them to count.
      await run(() => (buildAtFlush ? markTermsUncounted(pool) : recountTermsIfPending(pool)));
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }

  // A bulk load's or batched ingest's term counts, written in a few large statements (TermTally), and a bulk load's full-text postings.
  const tally = new TermTally();
  const pendingPostings = new PendingPostings(pool);
  // Whether the recount mark stands for the counts kept back: a bulk load sets it as it opens, a
  // batched ingest in its first write (so a run that writes nothing leaves no recount behind).
  let countsMarked = buildAtFlush;
  const writeTally = (last: boolean) =>
    withWriteTransaction(pool, async (client) => {
      await tally.writeTo(client);
      if (last) await markTermsCounted(client);
    });

  const chunks = async (sql: string, parameters: unknown[]) =>
    (await pool.query<{ chunk_json: string }>(sql, parameters)).rows.map((row) => JSON.parse(row.chunk_json) as Chunk);
  const listDocuments = () =>
    read(async () => {
      const { rows } = await pool.query<DocumentRow>(`SELECT ${documentColumns} FROM documents ORDER BY source`);
      return rows.map(toDocumentRecord);
    });

  return {
    manifest,
    getDocument: (source) =>
      read(async () => {
        const { rows } = await pool.query<DocumentRow>(`SELECT ${documentColumns} FROM documents WHERE source = $1`, [
          source,
        ]);
        return rows[0] ? toDocumentRecord(rows[0]) : undefined;
      }),
    listDocuments,
    putDocument: (prepared, ingestedAt) =>
      run(async () => {
        // An incremental ingest counted terms per document: 50 new papers (1,966 chunks) into a
        // 13.8k-chunk index upserted 5,000-odd terms each, every common one again and again. Its GIN
        // postings still go in as it writes: merging them all at the flush took 3.2-3.7 s of server
        // time where the writes' own merges of the pending list (as it fills) take about 2.
        const batched = buildAtFlush || batchWrites;
        const pairs = await withWriteTransaction(
          pool,
          async (client) => {
            if (batched && !countsMarked) await markTermsUncounted(client);
            return putDocument(client, prepared, ingestedAt, manifest.dimensions, !batched);
          },
          { batched, deferMerges: buildAtFlush },
        );
        // Counted once committed: a document that failed midway adds nothing.
        if (!batched) return;
        countsMarked = true;
        if (buildAtFlush) pendingPostings.wrote(pairs.length);
        tally.add(prepared.chunks.map((chunk) => chunk.stems));
        tally.add(pairs);
        if (tally.full) await writeTally(false);
      }),
    removeDocument: (source) => run(() => withWriteTransaction(pool, (client) => removeDocument(client, source))),
    getDocumentText: (source) =>
      read(async () => {
        const { rows } = await pool.query<{ text: string }>('SELECT text FROM documents WHERE source = $1', [source]);
        return rows[0]?.text;
      }),
    listParts: async () =>
      (await listDocuments()).flatMap((document) =>
        document.parts.map((part, partIndex) => ({
          source: document.source,
          ingestedAt: document.ingestedAt,
          partIndex,
          part,
        })),
      ),
    getChunk: (id) => read(async () => (await chunks('SELECT chunk_json FROM chunks WHERE id = $1', [id]))[0]),
    getChunks: (ids) =>
      read(() =>
        ids.length === 0 ? Promise.resolve([]) : chunks('SELECT chunk_json FROM chunks WHERE id = ANY($1)', [ids]),
      ),
    listChunks: (source) =>
      read(() => chunks('SELECT chunk_json FROM chunks WHERE source = $1 ORDER BY label', [source])),
    meetingChunks: (meetingDate, filters) =>
      read(() => {
        const parameters: unknown[] = [meetingDate];
        const sql = `SELECT c.chunk_json FROM chunks c WHERE c.meeting_date = $1${filterSql(filters, parameters)} ORDER BY c.label`;
        return chunks(sql, parameters);
      }),
    chunkCount: () =>
      read(async () => {
        const { rows } = await pool.query<{ count: string }>('SELECT chunk_count AS count FROM quorum_counts');
        return Number(rows[0]?.count ?? 0);
      }),
    generation: () =>
      read(async () => {
        const { rows } = await pool.query<{ generation: string }>('SELECT generation FROM quorum_counts');
        return Number(rows[0]?.generation ?? 0);
      }),
    latestMeetingDate: (onOrBefore) =>
      read(async () => {
        const { rows } = await pool.query<{ date: string | null }>(
          'SELECT MAX(meeting_date) AS date FROM chunks WHERE meeting_date <= $1',
          [onOrBefore],
        );
        return rows[0]?.date ?? undefined;
      }),
    committees: () =>
      read(async () => {
        // A skip scan: one index probe per committee, where DISTINCT would read every chunk (seconds at 1M).
        const { rows } = await pool.query<{ committee: string }>(
          `WITH RECURSIVE found (committee) AS (
             SELECT min(committee) FROM chunks
             UNION ALL
             SELECT (SELECT min(committee) FROM chunks WHERE committee > found.committee) FROM found
             WHERE found.committee IS NOT NULL)
           SELECT committee FROM found WHERE committee IS NOT NULL ORDER BY committee`,
        );
        return rows.map((row) => row.committee);
      }),
    documentFrequencies: (stems) =>
      read(async () => {
        // During a bulk load chunk_terms holds what its written tally added, less what replaced
        // documents took away (negative until the tally's remainder is added).
        const { rows } = await pool.query<{ term: string; chunks: number }>(
          'SELECT term, chunks FROM chunk_terms WHERE term = ANY($1::text[])',
          [stems],
        );
        const counted = new Map(rows.map((row) => [row.term, row.chunks]));
        const frequencies = new Map<string, number>();
        for (const stem of new Set(stems)) {
          const chunks = (counted.get(stem) ?? 0) + tally.count(stem);
          if (chunks > 0) frequencies.set(stem, chunks);
        }
        return frequencies;
      }),
    searchText: (phrases, limit, filters) => read(() => searchText(pool, phrases, limit, filters, textPostingBudget)),
    countText: (phrases, limit, filters) => read(() => countText(pool, phrases, limit, filters, textPostingBudget)),
    searchVector: (vector, limit, filters) =>
      read(() => searchVector(pool, manifest.dimensions, efSearch, vector, limit, filters)),
    glossary: () =>
      read(async () => {
        const { rows } = await pool.query<{ short: string; long: string }>(
          'SELECT DISTINCT short, long FROM glossary ORDER BY short, long',
        );
        return rows;
      }),
    // Every document is committed (and visible to readers) when putDocument or removeDocument resolves;
    // a bulk load's indexes make searching it quick, and a batched ingest's term counts are added here.
    flush: async () => {
      if (buildAtFlush) {
        // On connections of their own, so the vector index build, the last postings and the counts run side by side.
        await run(() =>
          Promise.all([
            buildSearchIndexes(pool, manifest.dimensions, indexBuildMegabytes),
            pendingPostings.finish(),
            writeTally(true),
          ]),
        );
        await run(() => resumeAutovacuum(pool));
        buildAtFlush = false;
      } else if (countsMarked) {
        await run(() => writeTally(true));
      }
      countsMarked = false;
    },
    close: async () => {
      await pool.end();
    },
  };
}

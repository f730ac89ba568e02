import type Database from 'better-sqlite3';
import { chunkStems } from '../chunk-stems.js';
import { searchableText } from '../searchable-text.js';
import { type ChunkRow, chunkColumns, chunkFromRow } from './chunk-row.js';

export interface TermCounts {
  /** Counts (sign 1) or uncounts (-1) each chunk's distinct stems; written by the next `write`. */
  add(stemsOfChunks: string[][], sign: 1 | -1): void;
  /** Documents added or removed since the last write. */
  readonly pendingDocuments: number;
  /** Writes the pending counts, stamped with the generation they bring the table up to (inside a transaction). */
  write(generation: number): void;
  /** A writer's check on open: counts stamped behind the database (a crash mid-ingest) are rebuilt. */
  rebuildIfStale(generation: number): void;
  /** Counts every stored chunk's stems afresh (a nested transaction inside a caller's). */
  rebuild(generation: number): void;
}

/**
 * How many chunks hold each stem, in term_counts. Each distinct stem of each document is one
 * upsert, millions at 100k chunks; pending counts are summed across documents and written in
 * batches, so a stem common to many papers is written once per batch. Readers see counts that
 * trail a running ingest by at most a batch, which IDF weighting cannot tell apart.
 */
export function createTermCounts(database: Database.Database): TermCounts {
  const upsert = database.prepare(
    'INSERT INTO term_counts (term, chunks) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET chunks = chunks + excluded.chunks',
  );
  const stamp = database.prepare(
    "INSERT INTO meta (key, value) VALUES ('term_counts_generation', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
  );
  const readStamp = database.prepare("SELECT value FROM meta WHERE key = 'term_counts_generation'").pluck();
  const pending = new Map<string, number>();
  let pendingDocuments = 0;

  function add(stemsOfChunks: string[][], sign: 1 | -1): void {
    for (const stems of stemsOfChunks) for (const term of stems) pending.set(term, (pending.get(term) ?? 0) + sign);
    pendingDocuments += 1;
  }

  function write(generation: number): void {
    for (const [term, chunks] of pending) if (chunks !== 0) upsert.run(term, chunks);
    stamp.run(String(generation));
    pending.clear();
    pendingDocuments = 0;
  }

  function rebuild(generation: number): void {
    database.transaction(() => {
      database.prepare('DELETE FROM term_counts').run();
      pending.clear();
      const rows = database.prepare(`SELECT ${chunkColumns('c')} FROM chunks c`).iterate() as Iterable<ChunkRow>;
      for (const row of rows) add([chunkStems(searchableText(chunkFromRow(row)))], 1);
      write(generation);
    })();
  }

  return {
    add,
    get pendingDocuments() {
      return pendingDocuments;
    },
    write,
    rebuildIfStale(generation) {
      if (Number(readStamp.get() ?? 0) !== generation) rebuild(generation);
    },
    rebuild,
  };
}

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { QuorumError } from '../../core/errors.js';
import { createSchema, databaseFile } from './schema.js';

/**
 * The index's SQLite database, tuned for a long ingest (a writer) or for answering (a reader). A
 * read-only connection never checkpoints the write-ahead log into the database file (with its sync)
 * nor removes the log as it closes, which a writable last connection does even after one question.
 */
export function openDatabase(dataDir: string, create: boolean, readOnly = false): Database.Database {
  if (create) mkdirSync(dataDir, { recursive: true });
  let database: Database.Database;
  try {
    database = new Database(join(dataDir, databaseFile), { fileMustExist: !create, readonly: readOnly && !create });
  } catch (error) {
    throw new QuorumError('index_missing', `No index at ${dataDir}: run "npm run ingest" first`, { cause: error });
  }
  // Chunk rows (text and JSON, 1–3 KB) waste much of each smaller page: at 8 KB, 18 % of the chunk
  // table's pages was unused, at 16 KB 9 % (3 % of the whole database). Incremental auto-vacuum
  // lets an ingest hand the pages full-text merges freed back (compactAfterLoad). Only a new, empty
  // database takes either.
  if (create) {
    database.pragma('page_size = 16384');
    database.pragma('auto_vacuum = INCREMENTAL');
  }
  // Set by the writer that created the file, and kept there; a read-only connection may not set it.
  if (!database.readonly) database.pragma('journal_mode = WAL');
  // Under WAL a crash can lose the last commits but never corrupts; ingest re-runs idempotently.
  database.pragma('synchronous = NORMAL');
  // Ingest writes hundreds of megabytes; checkpointing every 64 MB rather than 4 MB copies the
  // full-text segments it keeps merging into the database file far fewer times.
  if (create) database.pragma('wal_autocheckpoint = 16384');
  database.pragma('foreign_keys = ON');
  createSchema(database);
  return database;
}

import type Database from 'better-sqlite3';
import { QuorumError } from '../../core/errors.js';

export interface WriteBatch {
  /**
   * Runs one document's write (a better-sqlite3 transaction function, which inside the batch's
   * transaction becomes a savepoint: a failing document takes back only its own rows) and holds
   * `afterCommit` until the batch commits. Commits once the batch holds `commitEvery` chunks (at
   * once when that is 0).
   */
  write<T>(chunks: number, write: () => T, afterCommit: (result: T) => void): T;
  /** Commits the open batch, then runs what its documents held for after the commit. */
  commit(): void;
}

export interface WriteBatchHooks {
  /** Runs inside the batch's transaction just before it commits; throwing loses the batch. */
  beforeCommit?: () => void;
  /** The batch's transaction is gone without committing: what its documents left pending is void. */
  onLost?: () => void;
}

/**
 * Documents written together in one transaction. FTS5 writes its pending terms as a new segment at
 * every commit and keeps merging those segments; with a transaction a document, commits were a
 * sixth of a bulk ingest's wall time in a profile (most of it writing the log, some CPU). What must
 * not run before the rows are durable (the vector graph's inserts) waits for the commit: a commit
 * that fails loses the batch's rows, and a graph holding their vectors would be saved as matching
 * the database.
 */
export function createWriteBatch(
  database: Database.Database,
  commitEvery: number,
  hooks: WriteBatchHooks = {},
): WriteBatch {
  let held: (() => void)[] = [];
  let chunks = 0;

  function lost(cause: unknown): QuorumError {
    const documents = held.length;
    held = [];
    hooks.onLost?.();
    chunks = 0;
    const reason = cause instanceof Error ? cause.message : String(cause);
    return new QuorumError(
      'index_unavailable',
      `the index could not commit the last ${documents} documents written (${reason}); they are not stored`,
      { cause },
    );
  }

  function commit(): void {
    if (!database.inTransaction) {
      // SQLite rolls a whole transaction back on some errors (disk full, I/O): the batch is gone.
      if (held.length > 0) throw lost(new Error('the transaction was rolled back'));
      return;
    }
    try {
      hooks.beforeCommit?.();
      database.exec('COMMIT');
    } catch (error) {
      if (database.inTransaction) database.exec('ROLLBACK');
      throw lost(error);
    }
    const committed = held;
    held = [];
    chunks = 0;
    for (const afterCommit of committed) afterCommit();
  }

  return {
    write(count, write, afterCommit) {
      if (!database.inTransaction) database.exec('BEGIN');
      let result: ReturnType<typeof write>;
      try {
        result = write();
      } catch (error) {
        if (!database.inTransaction && held.length > 0) throw lost(error);
        throw error;
      }
      held.push(() => afterCommit(result));
      chunks += count;
      if (chunks >= commitEvery) commit();
      return result;
    },
    commit,
  };
}

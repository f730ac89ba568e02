import type pg from 'pg';

/**
 * Chunks written between two merges of the full-text index's pending list: large enough that a
 * merge meets each common lexeme's posting list once for many chunks, small enough that the last
 * merge, which the load waits for at its flush, is short.
 */
const chunksPerMerge = 4_000;
/** The merge's memory for the postings it sorts: as the index build takes (buildSearchIndexes). */
const mergeMegabytes = 256;

/**
 * Keeps a bulk load's full-text (GIN) index up beside the load instead of building it at the end.
 * The load's writes append their postings to the index's pending list only (they raise
 * gin_pending_list_limit for their transaction, so no write merges it inline), and this merges the
 * list into the index on a connection of its own while the load goes on: the server's merge then
 * runs while the ingest reads, embeds and writes, where the build ran alone after them (on 2 cores
 * the largest single piece of a load's time, with one core idle). A merge starts once `chunksPerMerge`
 * chunks were written since the last began, never two at once. A load that stops early leaves a
 * pending list that searches still read and the next write merges (it does not raise the limit).
 */
export class PendingPostings {
  private written = 0;
  private merging: Promise<void> | undefined;
  private failure: unknown;

  constructor(private readonly pool: pg.Pool) {}

  /** Counts committed chunks; starts a merge in the background when enough are pending. */
  wrote(chunks: number): void {
    this.written += chunks;
    if (this.merging || this.written < chunksPerMerge) return;
    this.written = 0;
    this.merging = this.merge()
      .catch((error: unknown) => {
        this.failure ??= error;
      })
      .finally(() => {
        this.merging = undefined;
      });
  }

  /** Waits for a running merge, merges what is left, and throws what any merge met. */
  async finish(): Promise<void> {
    await this.merging;
    if (this.failure !== undefined) throw this.failure;
    this.written = 0;
    await this.merge();
  }

  private async merge(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query(`SET maintenance_work_mem = '${mergeMegabytes}MB'`);
      await client.query("SELECT gin_clean_pending_list('chunk_search_lexemes'::regclass)");
    } finally {
      await client.query('RESET maintenance_work_mem').catch(() => undefined);
      client.release();
    }
  }
}

/**
 * The setting a bulk load's write transaction starts with so that its inserts only append to the
 * pending list (the limit at its largest, in kB), leaving the merges to PendingPostings.
 */
export const deferPendingMerge = 'SET LOCAL gin_pending_list_limit = 2097151;';

import type pg from 'pg';

/** The tables a bulk load fills. */
const loadedTables = ['chunks', 'chunk_search', 'documents'];

/**
 * Turns autovacuum off for the tables a bulk load fills, until resumeAutovacuum. While a table grows
 * from empty, autovacuum analyzes it again each time a tenth more rows arrived since the last time
 * (at most once a minute): one analysis of the full-text rows (their lexemes' statistics, from a
 * sample of up to 30,000 rows) cost about 4 s of server CPU at 21k chunks, a tenth of the load's, on
 * the 2 cores the load needs, and is done again once the load ends. The rows need no vacuuming
 * while they are loaded (nothing is deleted).
 */
export async function pauseAutovacuum(pool: pg.Pool): Promise<void> {
  await pool.query(loadedTables.map((table) => `ALTER TABLE ${table} SET (autovacuum_enabled = false);`).join(' '));
}

/**
 * Gives the loaded tables back to autovacuum, which analyzes them once, from their full size (a
 * load's flush; also the next ingest's open after a load that stopped before its flush). Waits while
 * an index is being built on one of them.
 */
export async function resumeAutovacuum(pool: pg.Pool): Promise<void> {
  const { rows } = await pool.query<{ table: string }>(
    `SELECT relname AS table FROM pg_class
     WHERE oid = ANY($1::regclass[]) AND 'autovacuum_enabled=false' = ANY(reloptions)`,
    [loadedTables],
  );
  if (rows.length === 0) return;
  await pool.query(rows.map((row) => `ALTER TABLE ${row.table} RESET (autovacuum_enabled);`).join(' '));
}

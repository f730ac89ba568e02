import type pg from 'pg';

/**
 * The tables a bulk load fills. As they grow, autovacuum analyses and vacuums them again and again
 * (each 10-20% of growth): 1.4 of a 13.7k-chunk load's 18.5 server CPU seconds, for statistics
 * outdated by the next document. Paused for the load, they are analysed once after it, by autovacuum
 * in a process of its own (an ANALYZE in the flush cost it 5.9 s of wall time under load) within
 * its next round (autovacuum_naptime, a minute): every row loaded counts as changed since the
 * tables' last analysis.
 */
const loadedTables = ['documents', 'chunks', 'chunk_search', 'chunk_terms'];

/** Stops autovacuum on the tables a bulk load fills, until resumeAutovacuum. */
export async function pauseAutovacuum(pool: pg.Pool): Promise<void> {
  await pool.query(loadedTables.map((table) => `ALTER TABLE ${table} SET (autovacuum_enabled = false);`).join('\n'));
}

/**
 * Gives the tables back to autovacuum. Run at a bulk load's flush and on every ingest's open, so a
 * load stopped before its end (a crash) is resumed too; a table not paused is left alone, so no lock
 * is taken on it.
 */
export async function resumeAutovacuum(pool: pg.Pool): Promise<void> {
  const { rows } = await pool.query<{ table: string }>(
    `SELECT relname AS table FROM pg_class
     WHERE oid IN (SELECT to_regclass(name) FROM unnest($1::text[]) AS name)
       AND reloptions @> ARRAY['autovacuum_enabled=false']`,
    [loadedTables],
  );
  if (rows.length === 0) return;
  await pool.query(rows.map(({ table }) => `ALTER TABLE ${table} RESET (autovacuum_enabled);`).join('\n'));
}

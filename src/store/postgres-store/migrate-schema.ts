import type pg from 'pg';
import { QuorumError } from '../../core/errors.js';
import { migrations, schemaVersion } from './migrations.js';
import { withTransaction } from './with-transaction.js';

// Serialises schema changes between processes opening the same database at once.
const migrationLock = 'quorum:migrate';

/**
 * Brings the database's schema up to this Quorum's version. A reader (create false) never creates
 * the schema: a database without one has no index yet. Returns the schema version now in force.
 */
export async function migrateSchema(pool: pg.Pool, database: string, create: boolean): Promise<number> {
  const current = await readSchemaVersion(pool);
  if (current === undefined && !create) {
    throw new QuorumError('index_missing', `No index in ${database}: run "npm run ingest" first`);
  }
  if (current !== undefined) refuseNewer(current, database);
  if (current === schemaVersion) return current;
  return withTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [migrationLock]);
    // The server may run several Quorums: one of them may have created the extension meanwhile.
    await client.query('CREATE EXTENSION IF NOT EXISTS vector');
    await client.query('CREATE TABLE IF NOT EXISTS quorum_meta (key text PRIMARY KEY, value text NOT NULL)');
    const locked = (await readSchemaVersion(client)) ?? 0;
    refuseNewer(locked, database);
    for (const [index, step] of migrations.entries()) {
      if (index + 1 > locked) await client.query(step);
    }
    await client.query(
      `INSERT INTO quorum_meta (key, value) VALUES ('schema_version', $1)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      [String(schemaVersion)],
    );
    return schemaVersion;
  });
}

async function readSchemaVersion(client: pg.Pool | pg.PoolClient): Promise<number | undefined> {
  const { rows: tables } = await client.query<{ present: boolean }>(
    "SELECT to_regclass('quorum_meta') IS NOT NULL AS present",
  );
  if (!tables[0]?.present) return undefined;
  const { rows } = await client.query<{ value: string }>("SELECT value FROM quorum_meta WHERE key = 'schema_version'");
  return rows[0] ? Number(rows[0].value) : undefined;
}

function refuseNewer(version: number, database: string): void {
  if (version > schemaVersion) {
    throw new QuorumError(
      'index_incompatible',
      `The index in ${database} has schema version ${version}, newer than this Quorum's ${schemaVersion}: upgrade Quorum, or re-ingest into an empty database`,
    );
  }
}

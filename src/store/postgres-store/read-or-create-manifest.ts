import type pg from 'pg';
import { z } from 'zod';
import { QuorumError } from '../../core/errors.js';
import { analyzerVersion } from '../../core/tokenize.js';
import { checkManifestAnalyzer, unrecordedAnalyzerVersion } from '../check-manifest-analyzer.js';
import { checkManifestEmbedder } from '../check-manifest-embedder.js';
import type { IndexManifest } from '../index-store.js';
import { indexVectors } from './index-vectors.js';
import { withTransaction } from './with-transaction.js';

const storedManifest = z.object({
  embedder: z.string(),
  dimensions: z.number().int().positive(),
  createdAt: z.string(),
  analyzerVersion: z.number().int().positive().default(unrecordedAnalyzerVersion),
});

const manifestLock = 'quorum:manifest';

/**
 * The embedder the index was built with, checked against the configured one; written (and the vector
 * column typed and indexed) by the first open that knows the dimensions. A writer (`create`) may open
 * an index of another text analyser, to re-index it; a reader may not.
 */
export async function readOrCreateManifest(
  pool: pg.Pool,
  database: string,
  schemaVersion: number,
  embedder: { name: string; dimensions?: number },
  create: boolean,
): Promise<IndexManifest> {
  const existing = await readManifest(pool, database);
  if (existing) return checked({ schemaVersion, ...existing });
  const { dimensions } = embedder;
  if (dimensions === undefined) {
    throw new QuorumError('index_missing', `The index in ${database} is empty: run "npm run ingest" first`);
  }
  const manifest = await withTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [manifestLock]);
    const raced = await readManifest(client, database);
    if (raced) return { schemaVersion, ...raced };
    const created = { embedder: embedder.name, dimensions, createdAt: new Date().toISOString(), analyzerVersion };
    await client.query("INSERT INTO quorum_meta (key, value) VALUES ('manifest', $1)", [JSON.stringify(created)]);
    await indexVectors(client, dimensions);
    return { schemaVersion, ...created };
  });
  return checked(manifest);

  function checked(found: IndexManifest): IndexManifest {
    checkManifestEmbedder(found, embedder, `in ${database}`, reingest);
    if (!create) checkManifestAnalyzer(found, `in ${database}`);
    return found;
  }
}

async function readManifest(
  client: pg.Pool | pg.PoolClient,
  database: string,
): Promise<z.infer<typeof storedManifest> | undefined> {
  const { rows } = await client.query<{ value: string }>("SELECT value FROM quorum_meta WHERE key = 'manifest'");
  if (!rows[0]) return undefined;
  const parsed = storedManifest.safeParse(parseJson(rows[0].value));
  if (!parsed.success) {
    throw new QuorumError('index_incompatible', `The index in ${database} has an unreadable manifest. ${reingest}`, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/** Stores the manifest of an index re-indexed with this analyser. */
export async function writeManifest(client: pg.Pool | pg.PoolClient, manifest: IndexManifest): Promise<void> {
  const { schemaVersion: _schemaVersion, ...stored } = manifest;
  await client.query("UPDATE quorum_meta SET value = $1 WHERE key = 'manifest'", [JSON.stringify(stored)]);
}

const reingest = 'Drop its tables (or point DATABASE_URL at an empty database) and re-ingest ("npm run ingest").';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

import type pg from 'pg';
import { removeChunks } from './remove-chunks.js';
import { writeCounts } from './write-counts.js';

/** Removes one document, its chunks, their stems' counts and its glossary entries, inside the caller's write transaction. */
export async function removeDocument(client: pg.PoolClient, source: string): Promise<void> {
  const removed = await removeChunks(client, source);
  await client.query('DELETE FROM documents WHERE source = $1', [source]);
  await client.query('DELETE FROM glossary WHERE source = $1', [source]);
  await writeCounts(client, { removed, added: [] });
}

import { describe, expect, it } from 'vitest';
import { makeMinutes } from '../../../test/support/make-paper.js';
import { postgresCleanup } from '../../../test/support/postgres-cleanup.js';
import { queryDatabase } from '../../../test/support/query-database.js';
import { localEmbedderDimensions, localEmbedderName } from '../../embeddings/local-hash-embeddings.js';
import { openPostgresStore } from './open-postgres-store.js';

const embedder = { name: localEmbedderName, dimensions: localEmbedderDimensions };
const { freshDatabase, closeAfter } = postgresCleanup();

const ferry = makeMinutes('ferry.md', {
  date: 'Thursday 5 June 2025',
  items: [['Ferry timetable', 'The transport panel agreed the winter ferry timetable.']],
});

/** The loaded tables whose autovacuum is switched off. */
const paused = async (url: string) =>
  (
    await queryDatabase<{ table: string }>(
      url,
      `SELECT relname AS table FROM pg_class
       WHERE reloptions @> ARRAY['autovacuum_enabled=false'] ORDER BY relname`,
    )
  ).map((row) => row.table);

describe('autovacuum during a bulk load', () => {
  it('is paused on the loaded tables until the flush, then theirs again', async () => {
    const url = await freshDatabase();
    const store = closeAfter(await openPostgresStore({ url, embedder, create: true }));
    await store.putDocument(ferry.prepared, 't1');
    expect(await paused(url)).toEqual(['chunk_search', 'chunk_terms', 'chunks', 'documents']);
    await store.flush();
    expect(await paused(url)).toEqual([]);
  });

  it('is given back by the next ingest when a load stopped before its flush', async () => {
    const url = await freshDatabase();
    const stopped = await openPostgresStore({ url, embedder, create: true });
    await stopped.putDocument(ferry.prepared, 't1');
    await stopped.close();
    expect(await paused(url)).not.toEqual([]);
    closeAfter(await openPostgresStore({ url, embedder, create: true }));
    expect(await paused(url)).toEqual([]);
  });
});

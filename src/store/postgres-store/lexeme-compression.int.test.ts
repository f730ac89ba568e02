import { describe, expect, it } from 'vitest';
import { makeMinutes } from '../../../test/support/make-paper.js';
import { postgresCleanup } from '../../../test/support/postgres-cleanup.js';
import { queryDatabase } from '../../../test/support/query-database.js';
import { localEmbedderDimensions, localEmbedderName } from '../../embeddings/local-hash-embeddings.js';
import { openPostgresStore } from './open-postgres-store.js';

const embedder = { name: localEmbedderName, dimensions: localEmbedderDimensions };
const { freshDatabase, closeAfter } = postgresCleanup();

// Invented minutes whose item is long and varied enough that its lexemes pass the 2 kB at which
// PostgreSQL compresses a value kept in the row.
// Words sharing long stems, as a paper's vocabulary does, so pglz finds repeats to compress too.
const words = Array.from(
  { length: 160 },
  (_, index) =>
    `${['moorings', 'breakwater', 'slipways'][index % 3]}${String.fromCharCode(97 + (index % 26))}${String.fromCharCode(97 + ((index * 7) % 26))}`,
);
const harbour = makeMinutes('harbour.md', {
  date: 'Monday 3 March 2025',
  items: [['Harbour dues', `The harbour board reviewed ${words.join(' ')} before the dues were set.`]],
});

const compressions = (url: string) =>
  queryDatabase<{ method: string | null; rows: number }>(
    url,
    'SELECT pg_column_compression(lexemes) AS method, count(*)::int AS rows FROM chunk_search GROUP BY 1 ORDER BY 1',
  );

describe('full-text lexemes in the row', () => {
  it('are compressed with lz4, which a search decompresses several times faster than pglz', async () => {
    const url = await freshDatabase();
    const store = await openPostgresStore({ url, embedder, create: true });
    closeAfter(store);
    await store.putDocument(harbour.prepared, 't1');
    expect((await compressions(url)).map((row) => row.method)).toContain('lz4');
    expect((await compressions(url)).map((row) => row.method)).not.toContain('pglz');
  });

  it('are recompressed with lz4 when an index written before is next opened, and still found', async () => {
    const url = await freshDatabase();
    const writer = await openPostgresStore({ url, embedder, create: true });
    await writer.putDocument(harbour.prepared, 't1');
    await writer.flush();
    await writer.close();
    await queryDatabase(
      url,
      `ALTER TABLE chunk_search ALTER COLUMN lexemes SET COMPRESSION pglz;
       UPDATE chunk_search SET lexemes = lexemes || ''::tsvector;
       UPDATE quorum_meta SET value = '3' WHERE key = 'schema_version'`,
    );
    expect((await compressions(url)).map((row) => row.method)).toContain('pglz');
    const reader = await openPostgresStore({ url, embedder });
    closeAfter(reader);
    expect((await compressions(url)).map((row) => row.method)).not.toContain('pglz');
    expect((await compressions(url)).map((row) => row.method)).toContain('lz4');
    const index = await queryDatabase(url, "SELECT to_regclass('chunk_search_lexemes') IS NOT NULL AS present");
    expect(index).toEqual([{ present: true }]);
    expect(new Set((await reader.searchText(['harbour dues'], 5)).map((hit) => hit.chunk.source))).toEqual(
      new Set(['harbour.md']),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { makeMinutes } from '../../../test/support/make-paper.js';
import { postgresCleanup } from '../../../test/support/postgres-cleanup.js';
import { queryDatabase } from '../../../test/support/query-database.js';
import { localEmbedderDimensions, localEmbedderName } from '../../embeddings/local-hash-embeddings.js';
import { openPostgresStore } from './open-postgres-store.js';

const embedder = { name: localEmbedderName, dimensions: localEmbedderDimensions };
const { freshDatabase, closeAfter } = postgresCleanup();

// An invented item long and repetitive enough that its chunk's JSON, its stems and the document's
// text all pass the 2 kB at which PostgreSQL compresses a value.
const words = Array.from({ length: 400 }, (_, index) => `towpath${String.fromCharCode(97 + (index % 26))}`);
const canal = makeMinutes('canal.md', {
  date: 'Tuesday 8 April 2025',
  items: [['Lock gates', `The canal trust inspected ${words.join(' ')} before the lock gates were rehung.`]],
});

describe('chunk and document columns', () => {
  it('are compressed with lz4, cheaper to write and to read back than pglz', async () => {
    const url = await freshDatabase();
    const store = closeAfter(await openPostgresStore({ url, embedder, create: true }));
    await store.putDocument(canal.prepared, 't1');
    await store.flush();
    const methods = await queryDatabase<{ json: string | null; text: string | null }>(
      url,
      `SELECT (SELECT max(pg_column_compression(chunk_json)) FROM chunks) AS json,
              (SELECT max(pg_column_compression(text)) FROM documents) AS text`,
    );
    expect(methods).toEqual([{ json: 'lz4', text: 'lz4' }]);
    expect((await store.listChunks('canal.md')).map((chunk) => chunk.text).join(' ')).toContain('towpathz');
  });
});

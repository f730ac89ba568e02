import pg from 'pg';
import { toSql } from 'pgvector';
import { beforeAll, describe, expect, it } from 'vitest';
import { zebra } from '../../../test/support/crossing-minutes.js';
import { useTestDatabase } from '../../../test/support/start-postgres.js';
import { localEmbedderDimensions, localEmbedderName } from '../../embeddings/local-hash-embeddings.js';
import { chunkJson } from '../prepare-document.js';
import { migrations } from './migrations.js';
import { openPostgresStore } from './open-postgres-store.js';

const embedder = { name: localEmbedderName, dimensions: localEmbedderDimensions };
const databaseUrl = useTestDatabase();

/** The zebra minutes as the first schema stored them: full text in chunks.search by to_tsvector. */
async function writeFirstSchemaIndex(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('CREATE TABLE quorum_meta (key text PRIMARY KEY, value text NOT NULL)');
    await client.query(migrations[0]!);
    await client.query("INSERT INTO quorum_meta VALUES ('schema_version', '1'), ('manifest', $1)", [
      JSON.stringify({ embedder: embedder.name, dimensions: embedder.dimensions, createdAt: 't0' }),
    ]);
    await client.query(`ALTER TABLE chunks ALTER COLUMN embedding TYPE vector(${embedder.dimensions})`);
    const { prepared } = zebra;
    await client.query(
      `INSERT INTO documents (source, sha256, ingested_at, chunk_count, parts_json, text) VALUES ($1, $2, 't0', $3, $4, $5)`,
      [prepared.source, prepared.sha256, prepared.chunks.length, prepared.partsJson, prepared.text],
    );
    for (const [index, chunk] of prepared.chunks.entries()) {
      const vector = prepared.vectors.subarray(index * embedder.dimensions, (index + 1) * embedder.dimensions);
      await client.query(
        `INSERT INTO chunks (id, source, meeting_date, committee, kind, exempt, chunk_json, search, terms, embedding)
         VALUES ($1, $2, $3, $4, $5, $6, $7, to_tsvector('english', $8), $9, $10::vector)`,
        [
          chunk.id,
          prepared.source,
          chunk.meetingDate,
          chunk.committee,
          chunk.kind,
          chunk.exempt,
          chunkJson(chunk, prepared.source),
          chunk.searchText,
          chunk.stems,
          toSql([...vector]),
        ],
      );
    }
    await client.query('UPDATE quorum_counts SET chunk_count = $1, generation = 1', [prepared.chunks.length]);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await writeFirstSchemaIndex(databaseUrl());
});

describe('an index written by the first schema', () => {
  it('is found by full text again once an ingest has opened it', async () => {
    // Its manifest predates the text analyser's record: a reader refuses it until an ingest re-indexes it.
    await expect(openPostgresStore({ url: databaseUrl(), embedder })).rejects.toMatchObject({
      code: 'index_outdated',
    });
    const ingest = await openPostgresStore({ url: databaseUrl(), embedder, create: true });
    try {
      const hits = await ingest.searchText(['zebra crossings'], 5);
      expect(new Set(hits.map((hit) => hit.chunk.source))).toEqual(new Set(['zebra.md']));
      expect(await ingest.chunkCount()).toBe(zebra.prepared.chunks.length);
    } finally {
      await ingest.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMinutes } from '../../../test/support/make-paper.js';
import { useTestDatabase } from '../../../test/support/start-postgres.js';
import { isQuorumError } from '../../core/errors.js';
import { localEmbedderDimensions, localEmbedderName } from '../../embeddings/local-hash-embeddings.js';
import type { IndexStore } from '../index-store.js';
import { lockForIngest } from './lock-for-ingest.js';
import { openPostgresStore } from './open-postgres-store.js';

const embedder = { name: localEmbedderName, dimensions: localEmbedderDimensions };
const databaseUrl = useTestDatabase();

// Two versions of one paper with different chunk counts and words: a reader mixing them would show.
const items = (word: string, count: number): [string, string][] =>
  Array.from({ length: count }, (_, index) => [`${word} item ${index}`, `The ${word} report number ${index}.`]);
const oldVersion = makeMinutes('paper.md', { date: 'Tuesday 5 March 2024', items: items('badger', 40) });
const newVersion = makeMinutes('paper.md', { date: 'Tuesday 5 March 2024', items: items('otter', 25) });

let writer: IndexStore;
let reader: IndexStore;

beforeAll(async () => {
  writer = await openPostgresStore({ url: databaseUrl(), embedder, create: true });
  reader = await openPostgresStore({ url: databaseUrl(), embedder });
  await writer.putDocument(oldVersion.prepared, 'old');
});

afterAll(async () => {
  await writer?.close();
  await reader?.close();
});

describe('writers and readers sharing the database', () => {
  it('lets a concurrent reader see the old version or the new one, never half of each', async () => {
    const versions = [oldVersion, newVersion];
    let writing = true;
    const seen = new Set<number>();
    const reading = (async () => {
      while (writing) {
        const [chunks, count, hits] = await Promise.all([
          reader.listChunks('paper.md'),
          reader.chunkCount(),
          reader.searchText(['report number'], 100),
        ]);
        const ids = chunks.map((chunk) => chunk.id).join();
        const version = versions.findIndex((paper) => paper.chunks.map((chunk) => chunk.id).join() === ids);
        expect(version).toBeGreaterThanOrEqual(0);
        seen.add(version);
        expect([oldVersion.chunks.length, newVersion.chunks.length]).toContain(count);
        const words = new Set(hits.map((hit) => (/badger|otter/.exec(hit.chunk.text) ?? [''])[0]));
        expect(words.size).toBe(1);
      }
    })();
    for (let round = 1; round <= 20; round += 1) {
      await writer.putDocument(versions[round % 2]!.prepared, `round ${round}`);
    }
    writing = false;
    await reading;
    expect(seen.size).toBe(2);
  });

  it('refuses a second ingest lock while the first is held, and grants it once released', async () => {
    const release = await lockForIngest(databaseUrl());
    const refused = await lockForIngest(databaseUrl()).catch((error: unknown) => error);
    expect(isQuorumError(refused, 'index_locked')).toBe(true);
    expect((refused as Error).message).toMatch(
      /^Another ingest is already running on postgres:\/\/127\.0\.0\.1:\d+\/quorum_test_\w+; wait for it to finish$/,
    );
    await release();
    await release();
    const again = await lockForIngest(databaseUrl());
    await again();
  });
});

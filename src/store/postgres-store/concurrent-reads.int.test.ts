import { describe, expect, it } from 'vitest';
import { makeMinutes } from '../../../test/support/make-paper.js';
import { postgresCleanup } from '../../../test/support/postgres-cleanup.js';
import { queryDatabase } from '../../../test/support/query-database.js';
import { localEmbedderDimensions, localEmbedderName } from '../../embeddings/local-hash-embeddings.js';
import { openPostgresStore } from './open-postgres-store.js';

const embedder = { name: localEmbedderName, dimensions: localEmbedderDimensions };
const { freshDatabase, closeAfter } = postgresCleanup();

// Invented minutes: a few items, so searches and vector lookups have rows to find.
const lighthouse = makeMinutes('lighthouse.md', {
  date: 'Thursday 6 February 2025',
  items: [
    ['Lantern repairs', 'The keepers committee agreed the lantern repairs and the new foghorn schedule.'],
    ['Visitor steps', 'Members noted the visitor steps were resurfaced before the spring opening.'],
  ],
});

/** Connections the store's pool holds open to the database (its idle ones stay open between reads). */
const storeConnections = async (url: string) =>
  (
    await queryDatabase<{ connections: number }>(
      url,
      "SELECT count(*)::int AS connections FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'quorum'",
    )
  )[0]!.connections;

describe('reads running at once', () => {
  it('are held to concurrentReads statements, the rest waiting in the process, and all answered', async () => {
    const url = await freshDatabase();
    const writer = await openPostgresStore({ url, embedder, create: true });
    await writer.putDocument(lighthouse.prepared, 't1');
    await writer.flush();
    await writer.close();
    const reader = closeAfter(await openPostgresStore({ url, embedder, concurrentReads: 2 }));
    const vector = Array.from({ length: localEmbedderDimensions }, (_, index) => (index % 7) / 7);
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        index % 2 === 0 ? reader.searchText(['lantern repairs'], 5) : reader.searchVector(vector, 5),
      ),
    );
    expect(answers.every((hits) => hits.length > 0)).toBe(true);
    expect(answers[0]!.map((hit) => hit.chunk.source)).toContain('lighthouse.md');
    // A pool opens a connection only for a statement no idle one can take: two at once, two connections.
    expect(await storeConnections(url)).toBeLessThanOrEqual(2);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { makeMinutes } from '../../test/support/make-paper.js';
import { useTestDatabase } from '../../test/support/start-postgres.js';
import {
  LocalHashEmbeddings,
  localEmbedderDimensions,
  localEmbedderName,
} from '../embeddings/local-hash-embeddings.js';
import type { IndexStore } from '../store/index-store.js';
import { openPostgresStore } from '../store/postgres-store/open-postgres-store.js';
import { createRetriever } from './create-retriever.js';

const embedder = { name: localEmbedderName, dimensions: localEmbedderDimensions };
const databaseUrl = useTestDatabase();
const opened: IndexStore[] = [];

afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

async function open(create: boolean): Promise<IndexStore> {
  const store = await openPostgresStore({ url: databaseUrl(), embedder, create });
  opened.push(store);
  return store;
}

describe('a bot replica over a PostgreSQL index another process ingests into', () => {
  it('sees committees and acronyms ingested after it started, without a restart', async () => {
    const ingest = await open(true);
    await ingest.putDocument(
      makeMinutes('first.md', { date: 'Tuesday 5 March 2024', items: [['Budget', 'The budget was noted.']] }).prepared,
      'first',
    );
    await ingest.flush();
    // Two replicas, each with its own connection pool, as two bot processes would have.
    const replicas = await Promise.all([open(false), open(false)]);
    const retrievers = await Promise.all(
      replicas.map((store) => createRetriever({ store, embeddings: new LocalHashEmbeddings() })),
    );
    const question = 'What did the Health Select Commission say about the ZCP?';
    for (const retriever of retrievers) {
      const before = await retriever.analyze(question);
      expect(before.committee).toBeUndefined();
      expect(before.expansions).toEqual([]);
    }
    const later = makeMinutes('later.md', {
      committee: 'HEALTH SELECT COMMISSION',
      date: 'Thursday 7 March 2024',
      items: [['Zebra crossings', 'The Zebra Crossing Programme (ZCP) was reviewed.']],
    });
    const glossary = [{ short: 'ZCP', long: 'Zebra Crossing Programme' }];
    await ingest.putDocument({ ...later.prepared, glossary }, 'later');
    await ingest.flush();
    for (const retriever of retrievers) {
      const after = await retriever.analyze(question);
      expect(after.committee).toBe('Health Select Commission');
      expect(after.expansions.flatMap((expansion) => expansion.alternatives).join(' ')).toMatch(
        /zebra crossing programme/i,
      );
      const passages = await retriever.retrieve({ question: 'zebra crossing programme', limit: 3 });
      expect(passages.map((passage) => passage.chunk.source)).toContain('later.md');
    }
  });
});

import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../src/core/logger.js';
import { localEmbedder as embedder } from '../../test/support/local-embedder.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/start-postgres.js';
import { withClient } from '../../test/support/throwaway-database.js';
import { type IngestSummary, ingestPaths } from './ingest-paths.js';

const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url));
let papers: string;
const databases: TestDatabase[] = [];

beforeAll(async () => {
  papers = await mkdtemp(join(tmpdir(), 'quorum-pg-workers-'));
  // Two copies of the corpus, one a folder apart: the second's papers are copies the ingest refuses.
  for (const copy of ['a', 'b']) await cp(corpus, join(papers, copy), { recursive: true });
}, 60_000);
afterAll(async () => {
  await rm(papers, { recursive: true, force: true });
  for (const database of databases) await database.drop();
});

async function ingest(workers: boolean): Promise<{ summary: IngestSummary; url: string }> {
  const database = await createTestDatabase();
  databases.push(database);
  const summary = await ingestPaths({
    paths: [papers],
    location: { dataDir: join(papers, 'unused'), databaseUrl: database.url },
    embedder,
    chunking: { size: 1200, overlap: 150 },
    logger: createSilentLogger(),
    workers,
  });
  return { summary, url: database.url };
}

/** Every row the index holds, the chunks' vectors and lexemes as text: what the two ways of ingesting must agree on. */
function contents(url: string): Promise<Record<string, unknown[]>> {
  return withClient(url, async (client) => {
    const all = async (sql: string) => (await client.query(sql)).rows;
    return {
      documents: await all('SELECT source, sha256, chunk_count, parts_json, text FROM documents ORDER BY source'),
      chunks: await all(
        'SELECT label, id, source, meeting_date, committee, kind, exempt, chunk_json, terms, embedding::text FROM chunks ORDER BY label',
      ),
      search: await all(
        'SELECT label, meeting_date, committee, kind, exempt, lexemes::text FROM chunk_search ORDER BY label',
      ),
      terms: await all('SELECT term, chunks FROM chunk_terms WHERE chunks <> 0 ORDER BY term'),
      glossary: await all('SELECT short, long, source FROM glossary ORDER BY short, long, source'),
      counts: await all('SELECT chunk_count FROM quorum_counts'),
    };
  });
}

describe('a PostgreSQL ingest with worker threads', () => {
  it('stores exactly the rows ingesting in one thread stores', async () => {
    const inOneThread = await ingest(false);
    const withWorkers = await ingest(true);
    expect(withWorkers.summary.workers).toBe(true);
    expect(withWorkers.summary.added).toEqual(inOneThread.summary.added);
    expect(withWorkers.summary.added.length).toBeGreaterThan(3);
    expect(withWorkers.summary.failed).toHaveLength(inOneThread.summary.added.length);
    expect(await contents(withWorkers.url)).toEqual(await contents(inOneThread.url));
  });
});

import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isQuorumError } from '../../src/core/errors.js';
import { createSilentLogger } from '../../src/core/logger.js';
import { localEmbedder as embedder } from '../../test/support/local-embedder.js';
import { useTestDatabase } from '../../test/support/start-postgres.js';
import { startTcpProxy } from '../../test/support/tcp-proxy.js';
import { ingestPaths } from './ingest-paths.js';

const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url));
const databaseUrl = useTestDatabase();
let papers: string;

beforeAll(async () => {
  papers = await mkdtemp(join(tmpdir(), 'quorum-outage-'));
  // Three copies of the corpus in dated folders: enough documents to stop in the middle of.
  for (const copy of ['a', 'b', 'c']) await cp(corpus, join(papers, copy), { recursive: true });
});
afterAll(async () => {
  await rm(papers, { recursive: true, force: true });
});

describe('PostgreSQL going away during an ingest', () => {
  it('stops with one line naming what failed and what was stored, and no unhandled error', async () => {
    const target = new URL(databaseUrl());
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port) });
    const throughProxy = new URL(databaseUrl());
    throughProxy.port = String(proxy.port);
    const unhandled: unknown[] = [];
    const onUncaught = (error: unknown) => unhandled.push(error);
    process.on('uncaughtException', onUncaught);
    try {
      const failure = await ingestPaths({
        paths: [papers],
        location: { dataDir: join(papers, 'data'), databaseUrl: throughProxy.toString() },
        embedder,
        chunking: { size: 1200, overlap: 150 },
        logger: createSilentLogger(),
        workers: false,
        onProgress: ({ done }) => {
          if (done === 2) proxy.cutAtNextRequest();
        },
      }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(isQuorumError(failure, 'index_unavailable')).toBe(true);
      const message = (failure as Error).message;
      expect(message).not.toContain('\n');
      expect(message).toMatch(/^Ingest stopped while storing .+\.txt: Cannot use the PostgreSQL database /);
      expect(message).toMatch(/Stored before that: 2 added, 0 updated, 0 unchanged, 0 failed; run the ingest again/);
      expect(message).not.toContain('postgres@');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('uncaughtException', onUncaught);
    }
  });
});

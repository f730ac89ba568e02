import { copyFileSync } from 'node:fs';
import { appendFile, cp, mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../src/core/logger.js';
import { openSqliteStore } from '../../src/store/sqlite-store/open-sqlite-store.js';
import { localEmbedder as embedder } from '../../test/support/local-embedder.js';
import { ingestPaths } from './ingest-paths.js';

const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url));

let scratch: string;
let papers: string;
let dataDir: string;
const paper = (prefix: string): string => join(papers, `${prefix}.txt`);

function ingest(paths: string[], prune = false) {
  return ingestPaths({
    paths,
    location: { dataDir },
    embedder,
    chunking: { size: 1200, overlap: 150 },
    logger: createSilentLogger(),
    prune,
  });
}

function openIndex() {
  return openSqliteStore({ dataDir, embedder });
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'quorum-ingest-'));
  papers = join(scratch, 'papers');
  dataDir = join(scratch, 'data');
  await cp(corpus, papers, { recursive: true });
  // Short names keep the assertions readable; parsing never looks at them.
  for (const name of await readdir(papers)) await rename(join(papers, name), paper(name.slice(0, 3)));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('ingestPaths over the bundled corpus, run after run', () => {
  it('adds every paper of a folder on the first run', async () => {
    const summary = await ingest([papers]);
    expect(summary.failed).toEqual([]);
    expect(summary.added.sort()).toEqual(['000', '001', '002', '004'].map(paper));
    expect(summary.chunks).toBeGreaterThan(200);
    const store = openIndex();
    expect(await store.chunkCount()).toBe(summary.chunks);
    expect((await store.listParts()).filter((stored) => stored.part.kind === 'minutes')).toHaveLength(4);
    await store.close();
  });

  it('skips every unchanged paper on a second run', async () => {
    const summary = await ingest([papers]);
    expect(summary).toMatchObject({ added: [], updated: [], failed: [], removed: [], chunks: 0 });
    expect(summary.unchanged).toHaveLength(4);
  });

  it('replaces a changed paper, dropping its old chunks from both indexes', async () => {
    const store = openIndex();
    const oldIds = new Set((await store.listChunks(paper('002'))).map((chunk) => chunk.id));
    await store.close();
    await appendFile(paper('002'), '\n\n41. ZEBRA CROSSINGS\n\nZebra crossings outside schools were reviewed.\n');
    const summary = await ingest([papers]);
    expect(summary.updated).toEqual([paper('002')]);
    expect(summary.unchanged).toHaveLength(3);
    const after = openIndex();
    const chunks = await after.listChunks(paper('002'));
    expect(chunks.some((chunk) => oldIds.has(chunk.id))).toBe(false);
    expect(await after.chunkCount()).toBe(
      (await after.listDocuments()).reduce((sum, document) => sum + document.chunkCount, 0),
    );
    expect((await after.searchText(['zebra'], 5)).map((hit) => hit.chunk.minute)).toEqual(['41']);
    const current = new Set<string>();
    for (const document of await after.listDocuments()) {
      for (const chunk of await after.listChunks(document.source)) current.add(chunk.id);
    }
    const vectorHits = await after.searchVector(await embedder.embeddings.embedQuery('Trauma Matters session'), 1000);
    expect(vectorHits).toHaveLength(current.size);
    expect(vectorHits.every((hit) => current.has(hit.chunk.id))).toBe(true);
    await after.close();
  });

  it('refuses a second copy of an indexed paper with a message naming both', async () => {
    const copy = join(scratch, 'copy-of-001.txt');
    await cp(paper('001'), copy);
    const summary = await ingest([papers, copy]);
    expect(summary.failed).toEqual([
      { source: copy, message: `${copy}: same content as ${paper('001')}, which is already indexed` },
    ]);
    await rm(copy);
  });

  it('removes papers that vanished from the inputs only with prune', async () => {
    await rm(paper('004'));
    expect((await ingest([papers])).removed).toEqual([]);
    const pruned = await ingest([papers], true);
    expect(pruned.removed).toEqual([paper('004')]);
    const store = openIndex();
    expect(await store.getDocument(paper('004'))).toBeUndefined();
    expect((await store.searchText(['ofsted'], 50)).filter((hit) => hit.chunk.source === paper('004'))).toEqual([]);
    await store.close();
  });
});

describe('checkpoints during an ingest', () => {
  it('lets a crash after the first paper keep the paper stored before it', async () => {
    const crashDir = join(scratch, 'crash');
    const snapshot = join(scratch, 'snapshot');
    await mkdir(snapshot);
    const graphFiles = ['vectors.hnsw', 'vectors.json'];
    const stored: string[] = [];
    const summary = await ingestPaths({
      paths: [papers],
      location: { dataDir: crashDir },
      embedder,
      chunking: { size: 1200, overlap: 150 },
      logger: createSilentLogger(),
      workers: true,
      checkpointSeconds: 0,
      onProgress: ({ done, source }) => {
        stored.push(source);
        // The files a process killed right now would leave behind.
        if (done === 1) for (const file of graphFiles) copyFileSync(join(crashDir, file), join(snapshot, file));
      },
    });
    expect(summary.added.length).toBeGreaterThan(2);
    for (const file of graphFiles) copyFileSync(join(snapshot, file), join(crashDir, file));
    const store = openSqliteStore({ dataDir: crashDir, embedder, create: true });
    expect((await store.listDocuments()).map((document) => document.source).sort()).toEqual(stored.slice(0, 1));
    await store.close();
  });
});

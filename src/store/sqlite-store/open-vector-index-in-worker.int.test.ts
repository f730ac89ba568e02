import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeMinutes } from '../../../test/support/make-paper.js';
import { embedText, localEmbedderDimensions, localEmbedderName } from '../../embeddings/local-hash-embeddings.js';
import type { IndexStore, StoreWriteTimings } from '../index-store.js';
import { openSqliteStore } from './open-sqlite-store.js';

const embedder = { name: localEmbedderName, dimensions: localEmbedderDimensions };
const papers = ['Zebra crossings', 'Pelican crossings', 'School meals', 'Foster carers', 'Youth justice'].map(
  (topic, index) =>
    makeMinutes(`${topic.toLowerCase().replace(' ', '-')}.md`, {
      date: `Tuesday ${index + 5} March 2024`,
      items: [[topic, `${topic} were reviewed by the commission, with questions from members.`]],
    }),
);
const queries = ['crossings outside schools', 'meals in schools', 'recruiting foster carers'].map((text) =>
  embedText(text, localEmbedderDimensions),
);

let directories: string[];
const opened: IndexStore[] = [];

function open(
  dataDir: string,
  options: { graphWorker?: boolean; create?: boolean; onWriteTimings?: (timings: StoreWriteTimings) => void } = {},
): IndexStore {
  const store = openSqliteStore({
    dataDir,
    embedder,
    create: options.create ?? true,
    graphWorker: options.graphWorker,
    onWriteTimings: options.onWriteTimings,
  });
  opened.push(store);
  return store;
}

async function fill(store: IndexStore): Promise<void> {
  for (const [index, paper] of papers.entries()) {
    await store.putDocument(paper.prepared, `2024-06-0${index + 1}T00:00:00.000Z`);
  }
  await store.removeDocument(papers[1]!.document.source);
}

/** Each query's hits; equal scores in id order, since two graphs may break ties differently. */
async function answers(store: IndexStore): Promise<[string, number][][]> {
  const hits = await Promise.all(queries.map((query) => store.searchVector(query, 50)));
  return hits.map((list) =>
    list
      .map((hit): [string, number] => [hit.chunk.id, hit.score])
      .sort(([leftId, left], [rightId, right]) => right - left || leftId.localeCompare(rightId)),
  );
}

beforeEach(async () => {
  directories = await Promise.all([1, 2].map(() => mkdtemp(join(tmpdir(), 'quorum-graph-worker-'))));
});

afterEach(async () => {
  for (const store of opened.splice(0)) {
    try {
      await store.close();
    } catch {
      // Already closed by the test.
    }
  }
  await Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true })));
});

describe('a writing store with its vector graph in a worker', () => {
  it('saves the same graph as one built in this thread, which a reader then loads', async () => {
    const [here, there] = directories as [string, string];
    const local = open(here);
    await fill(local);
    const expected = await answers(local);
    await local.close();
    let vectorMs = 0;
    const worker = open(there, { graphWorker: true, onWriteTimings: (timings) => (vectorMs = timings.vectorMs) });
    await fill(worker);
    await worker.flush();
    expect(vectorMs).toBeGreaterThan(0);
    await worker.close();
    expect(await answers(open(there, { create: false }))).toEqual(expected);
    expect(expected.flat().length).toBeGreaterThan(0);
  });

  it('answers a search itself by bringing the graph back to this thread', async () => {
    const [here, there] = directories as [string, string];
    const local = open(here);
    await fill(local);
    const worker = open(there, { graphWorker: true });
    await fill(worker);
    expect(await answers(worker)).toEqual(await answers(local));
    const late = makeMinutes('late.md', { date: 'Tuesday 2 April 2024', items: [['Libraries', 'Libraries opened.']] });
    await worker.putDocument(late.prepared, '2024-06-09T00:00:00.000Z');
    expect((await worker.searchVector(embedText('libraries', localEmbedderDimensions), 1))[0]!.chunk.source).toBe(
      'late.md',
    );
  });

  it('builds the graph of an existing index in the worker when the saved one is stale', async () => {
    const [dataDir] = directories as [string];
    const local = open(dataDir);
    await fill(local);
    const expected = await answers(local);
    await local.close();
    rmSync(join(dataDir, 'vectors.json'));
    const worker = open(dataDir, { graphWorker: true });
    await worker.flush();
    await worker.close();
    expect(await answers(open(dataDir, { create: false }))).toEqual(expected);
  });
});

import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { zebra } from '../../../test/support/crossing-minutes.js';
import { makeMinutes } from '../../../test/support/make-paper.js';
import { localEmbedderDimensions, localEmbedderName } from '../../embeddings/local-hash-embeddings.js';
import type { IndexStore } from '../index-store.js';
import { openIndexStore } from '../open-index-store.js';
import { lockForIngest } from './lock-for-ingest.js';
import { openSqliteStore } from './open-sqlite-store.js';

const pelican = makeMinutes('pelican.md', {
  date: 'Tuesday 9 April 2024',
  items: [['Pelican crossings', 'Pelican crossings replaced the old ones near the library.']],
});
const embedder = { name: localEmbedderName, dimensions: localEmbedderDimensions };
const terms = ['zebra', 'pelican', 'cross'];
let directories: string[];
const opened: IndexStore[] = [];

beforeEach(() => {
  directories = [1, 2].map(() => mkdtempSync(join(tmpdir(), 'quorum-repair-')));
});

afterEach(async () => {
  for (const store of opened.splice(0)) await store.close().catch(() => undefined);
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

/**
 * The files an ingest killed with -9 leaves: its database as committed so far, with term counts
 * pending in memory and no graph saved for its last writes (pelican's vectors are lost with it).
 * Copied while it is still open. `expected`: the term counts once pelican is dropped.
 */
async function crashedIngest(): Promise<{ crashed: string; expected: Map<string, number> }> {
  const [running, crashed] = directories as [string, string];
  const writer = openSqliteStore({ dataDir: running, embedder, create: true });
  opened.push(writer);
  await writer.putDocument(zebra.prepared, 'first');
  await writer.flush();
  const expected = await writer.documentFrequencies(terms);
  await writer.putDocument(pelican.prepared, 'second');
  for (const file of ['quorum.sqlite', 'quorum.sqlite-wal', 'quorum.sqlite-shm', 'vectors.hnsw', 'vectors.json']) {
    if (existsSync(join(running, file))) copyFileSync(join(running, file), join(crashed, file));
  }
  return { crashed, expected };
}

const generationOf = (dataDir: string) => {
  const database = new Database(join(dataDir, 'quorum.sqlite'), { readonly: true });
  try {
    return Number(database.prepare("SELECT value FROM meta WHERE key = 'generation'").pluck().get());
  } finally {
    database.close();
  }
};
const savedGraph = (dataDir: string) => JSON.parse(readFileSync(join(dataDir, 'vectors.json'), 'utf8')).generation;

describe('a reader opening an index an ingest crashed on', () => {
  it('repairs once, dropping the paper whose vectors were lost, and later readers load the index as it is', async () => {
    const { crashed, expected } = await crashedIngest();
    expect(savedGraph(crashed)).not.toBe(generationOf(crashed));
    const reader = await openIndexStore({ location: { dataDir: crashed }, embedder });
    opened.push(reader);
    expect(await reader.documentFrequencies(terms)).toEqual(expected);
    expect((await reader.listDocuments()).map((document) => document.source)).toEqual(['zebra.md']);
    expect(savedGraph(crashed)).toBe(generationOf(crashed));
    const graphWritten = statSync(join(crashed, 'vectors.hnsw')).mtimeMs;
    const later = await openIndexStore({ location: { dataDir: crashed }, embedder });
    opened.push(later);
    expect((await later.searchVector(zebra.vectors[0]!, 1))[0]!.chunk.source).toBe('zebra.md');
    expect(statSync(join(crashed, 'vectors.hnsw')).mtimeMs).toBe(graphWritten);
  });

  it('leaves them to the ingest that holds the lock', async () => {
    const { crashed } = await crashedIngest();
    const release = await lockForIngest(crashed);
    try {
      const reader = await openIndexStore({ location: { dataDir: crashed }, embedder });
      opened.push(reader);
      expect((await reader.getDocument('pelican.md'))?.source).toBe('pelican.md');
      const sources = (await reader.searchVector(pelican.vectors[0]!, 5)).map((hit) => hit.chunk.source);
      expect(sources).not.toContain('pelican.md');
      expect(sources).toContain('zebra.md');
      expect(savedGraph(crashed)).not.toBe(generationOf(crashed));
    } finally {
      await release();
    }
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeMinutes } from '../../../test/support/make-paper.js';
import { localEmbedderDimensions, localEmbedderName } from '../../embeddings/local-hash-embeddings.js';
import { openSqliteStore } from './open-sqlite-store.js';

const embedder = { name: localEmbedderName, dimensions: localEmbedderDimensions };
const topics = ['allotment rents', 'bus shelter repairs', 'cemetery opening hours', 'market stall licences'];
const papers = topics.map((topic, index) =>
  makeMinutes(`parish-${index}.md`, {
    committee: 'WILLOWBROOK PARISH COUNCIL',
    date: `Monday ${index + 3} June 2024`,
    items: Array.from({ length: 30 }, (_, item) => [
      `${topic} ${item}`,
      `Members discussed ${topic} for the ward of item ${item}, and the clerk read the quotes received. `.repeat(12),
    ]),
  }),
);

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'quorum-compact-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

function pragma(name: string): number {
  const database = new Database(join(dataDir, 'quorum.sqlite'), { readonly: true });
  try {
    return database.pragma(name, { simple: true }) as number;
  } finally {
    database.close();
  }
}

describe('an ingest flush after a bulk load', () => {
  it('gives the pages freed by removals back, and searches return what they did', async () => {
    const store = openSqliteStore({ dataDir, embedder, create: true });
    for (const paper of papers) await store.putDocument(paper.prepared, '2024-07-01T00:00:00.000Z');
    await store.removeDocument('parish-1.md');
    await store.removeDocument('parish-2.md');
    const searches = [['allotment'], ['quotes received', 'stall'], ['cemetery']];
    const before = await Promise.all(searches.map((phrases) => store.searchText(phrases, 20)));
    await store.flush();
    expect(await Promise.all(searches.map((phrases) => store.searchText(phrases, 20)))).toEqual(before);
    await store.close();
    expect(pragma('freelist_count')).toBe(0);
    expect(pragma('page_size')).toBe(16384);
  });
});

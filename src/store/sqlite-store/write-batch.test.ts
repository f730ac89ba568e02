import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeMinutes } from '../../../test/support/make-paper.js';
import { embedText, localEmbedderDimensions, localEmbedderName } from '../../embeddings/local-hash-embeddings.js';
import { openSqliteStore } from './open-sqlite-store.js';
import { createWriteBatch } from './write-batch.js';

const embedder = { name: localEmbedderName, dimensions: localEmbedderDimensions };
const heron = makeMinutes('heron.md', {
  date: 'Monday 3 June 2024',
  items: [['Heron pond', 'The heron pond in the country park is to be dredged before the autumn.']],
});
const otter = makeMinutes('otter.md', {
  date: 'Wednesday 12 June 2024',
  items: [['Otter holt', 'An otter holt was found under the old mill bridge by the ranger team.']],
});

describe('a batched writer', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'quorum-write-batch-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('shows its documents to other connections at the flush, and a failing one takes back only its own rows', async () => {
    const writer = openSqliteStore({ dataDir, embedder, create: true, batchWrites: true });
    await writer.putDocument(heron.prepared, 't1');
    const reader = openSqliteStore({ dataDir, embedder, readOnly: true });
    expect(await reader.getDocument('heron.md')).toBeUndefined();
    // The same chunk ids under another source: the chunk table's unique id refuses the second.
    await expect(writer.putDocument({ ...heron.prepared, source: 'copy.md' }, 't1')).rejects.toThrow(/UNIQUE/);
    await writer.putDocument(otter.prepared, 't1');
    await writer.flush();
    expect((await reader.getDocument('heron.md'))?.source).toBe('heron.md');
    expect((await reader.getDocument('otter.md'))?.source).toBe('otter.md');
    expect(await reader.getDocument('copy.md')).toBeUndefined();
    const query = embedText('An otter holt under the mill bridge', localEmbedderDimensions);
    expect((await reader.searchVector(query, 1))[0]?.chunk.source).toBe('otter.md');
    await reader.close();
    await writer.close();
  });

  it("finds its own documents' words before the batch is flushed, and none of a document that failed", async () => {
    const writer = openSqliteStore({ dataDir, embedder, create: true, batchWrites: true });
    await writer.putDocument(heron.prepared, 't1');
    expect((await writer.searchText(['heron pond'], 5)).map((hit) => hit.chunk.source)).toContain('heron.md');
    expect(await writer.countText(['otter holt'], 5)).toBe(0);
    const failing = { ...otter.prepared, chunks: [...otter.prepared.chunks, heron.prepared.chunks[0]!] };
    const vectors = new Float32Array(failing.chunks.length * localEmbedderDimensions).fill(0.1);
    await expect(writer.putDocument({ ...failing, vectors }, 't1')).rejects.toThrow(/UNIQUE/);
    expect(await writer.countText(['otter holt'], 5)).toBe(0);
    await writer.putDocument(otter.prepared, 't1');
    expect(await writer.countText(['otter holt'], 5)).toBeGreaterThan(0);
    await writer.close();
  });

  it("writes a batch's full-text entries as one segment, not one a document", async () => {
    // FTS5 writes its pending terms out as a new segment at every savepoint (each document's
    // transaction inside the batch's): tiny documents fit one leaf page each, so the index's data
    // rows grow by one a document when written that way.
    const dataRows = async (papers: (typeof heron)[]) => {
      const directory = await mkdtemp(join(tmpdir(), 'quorum-write-batch-segments-'));
      const writer = openSqliteStore({ dataDir: directory, embedder, create: true, batchWrites: true });
      for (const paper of papers) await writer.putDocument(paper.prepared, 't1');
      await writer.close();
      const database = new Database(join(directory, 'quorum.sqlite'), { readonly: true });
      const rows = database.prepare('SELECT count(*) FROM chunk_search_data').pluck().get();
      database.close();
      await rm(directory, { recursive: true, force: true });
      return rows;
    };
    const kingfisher = makeMinutes('kingfisher.md', {
      date: 'Friday 21 June 2024',
      items: [['Kingfisher bank', 'A kingfisher nested in the river bank below the weir this spring.']],
    });
    expect(await dataRows([heron, otter, kingfisher])).toBe(await dataRows([heron]));
  });

  it('searches its own vectors before the batch is flushed', async () => {
    const writer = openSqliteStore({ dataDir, embedder, create: true, batchWrites: true });
    await writer.putDocument(heron.prepared, 't1');
    const query = embedText('dredging the heron pond', localEmbedderDimensions);
    expect((await writer.searchVector(query, 1))[0]?.chunk.source).toBe('heron.md');
    await writer.close();
  });
});

describe('createWriteBatch', () => {
  it('reports a commit that fails as the index unavailable, and never runs what waited for it', () => {
    const database = new Database(':memory:');
    database.pragma('foreign_keys = ON');
    // A deferred foreign key is checked at the commit, which it then refuses.
    database.exec(`CREATE TABLE ward (name TEXT PRIMARY KEY);
      CREATE TABLE councillor (name TEXT, ward TEXT REFERENCES ward(name) DEFERRABLE INITIALLY DEFERRED)`);
    const insert = database.transaction((ward: string) => {
      database.prepare('INSERT INTO councillor (name, ward) VALUES (?, ?)').run('Cllr Example', ward);
    });
    const batch = createWriteBatch(database, 10);
    const committed: string[] = [];
    batch.write(
      1,
      () => insert('Nowhere'),
      () => committed.push('Nowhere'),
    );
    expect(committed).toEqual([]);
    expect(() => batch.commit()).toThrow(
      expect.objectContaining({ code: 'index_unavailable', message: expect.stringMatching(/last 1 documents/) }),
    );
    expect(committed).toEqual([]);
    expect(database.prepare('SELECT count(*) FROM councillor').pluck().get()).toBe(0);
    database.close();
  });

  it('commits by itself once it holds enough chunks', () => {
    const database = new Database(':memory:');
    database.exec('CREATE TABLE ward (name TEXT PRIMARY KEY)');
    const insert = database.transaction((ward: string) => {
      database.prepare('INSERT INTO ward (name) VALUES (?)').run(ward);
    });
    const batch = createWriteBatch(database, 3);
    const committed: string[] = [];
    batch.write(
      2,
      () => insert('North'),
      () => committed.push('North'),
    );
    expect(database.inTransaction).toBe(true);
    batch.write(
      2,
      () => insert('South'),
      () => committed.push('South'),
    );
    expect(database.inTransaction).toBe(false);
    expect(committed).toEqual(['North', 'South']);
    database.close();
  });
});

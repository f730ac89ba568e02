import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { localEmbedder } from '../../test/store/index-store-contract.js';
import { makeMinutes } from '../../test/support/make-paper.js';
import { analyzerVersion } from '../core/tokenize.js';
import type { IndexManifest } from './index-store.js';
import { describeLocation, openIndexStore, reindexIfOutdated } from './open-index-store.js';
import { readMeta } from './sqlite-store/meta.js';
import { writeManifest } from './sqlite-store/read-or-create-manifest.js';
import { databaseFile } from './sqlite-store/schema.js';

describe('describeLocation', () => {
  it('names the data directory of the embedded store', () => {
    expect(describeLocation({ dataDir: '/srv/quorum/data' })).toBe('/srv/quorum/data');
  });

  it('names a database by host, port and name, never its password', () => {
    const described = describeLocation({ dataDir: 'data', databaseUrl: 'postgres://quorum:s3cret@db:5433/papers' });
    expect(described).toBe('postgres://db:5433/papers');
    expect(described).not.toContain('s3cret');
  });
});

describe('reindexIfOutdated', () => {
  it('re-indexes an index another text analyser built, once, so a reader opens it again', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'quorum-reindex-'));
    try {
      const location = { dataDir };
      const writer = await openIndexStore({ location, embedder: localEmbedder, create: true });
      const paper = makeMinutes('ferry.md', {
        date: 'Monday 3 June 2024',
        items: [['Ferry timetable', 'The operator and the council settled the winter ferry timetable.']],
      });
      await writer.putDocument(paper.prepared, '2024-06-04T00:00:00.000Z');
      await writer.close();
      const database = new Database(join(dataDir, databaseFile));
      const manifest = JSON.parse(readMeta(database, 'manifest')!) as IndexManifest;
      writeManifest(database, { ...manifest, analyzerVersion: analyzerVersion + 1 });
      database.close();
      await expect(openIndexStore({ location, embedder: localEmbedder })).rejects.toMatchObject({
        code: 'index_outdated',
      });

      const notices: string[] = [];
      expect(await reindexIfOutdated(location, localEmbedder, () => notices.push('re-indexing'))).toBe(true);
      expect(notices).toEqual(['re-indexing']);
      const reader = await openIndexStore({ location, embedder: localEmbedder });
      expect((await reader.searchText(['ferry timetable'], 5)).map((hit) => hit.chunk.source)).toContain('ferry.md');
      await reader.close();
      expect(await reindexIfOutdated(location, localEmbedder, () => notices.push('again'))).toBe(false);
      expect(notices).toEqual(['re-indexing']);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

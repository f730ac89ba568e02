import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MadePaper, makeMinutes, makeReport } from '../../../test/support/make-paper.js';
import { embedText, localEmbedderDimensions, localEmbedderName } from '../../embeddings/local-hash-embeddings.js';
import type { SearchFilters } from '../index-store.js';
import { openSqliteStore, type SqliteStore } from './open-sqlite-store.js';

// Many near-identical passages rank above the one a filter lets through, so a filter applied after
// a small top-k (instead of inside the search) would return nothing.
const crowd = Array.from({ length: 12 }, (_, index) =>
  makeMinutes(`crowd-${index}.md`, {
    date: 'Tuesday 5 March 2024',
    items: [['Library opening hours', `Library opening hours library opening hours were extended at branch ${index}.`]],
  }),
);
const papers: MadePaper[] = [
  ...crowd,
  makeMinutes('2019.md', {
    date: 'Tuesday 15 January 2019',
    items: [['Library review', 'The library review mentioned opening hours once.']],
  }),
  makeMinutes('health.md', {
    committee: 'HEALTH SELECT COMMISSION',
    date: 'Thursday 7 March 2024',
    items: [['Mobile library', 'A mobile library would visit care homes during opening hours.']],
  }),
  makeReport('exempt.md', {
    date: '12 March 2024',
    title: 'Library site disposal',
    body: 'The library site valuation and opening hours of the bidder were confidential.',
    exempt: true,
  }),
];

let dataDir: string;
let store: SqliteStore;
const vector = embedText('library opening hours', localEmbedderDimensions);

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'quorum-filters-'));
  store = openSqliteStore({
    dataDir,
    embedder: { name: localEmbedderName, dimensions: localEmbedderDimensions },
    create: true,
  });
  for (const paper of papers)
    store.putDocument(paper.document, paper.chunks, paper.vectors, '2024-06-01T00:00:00.000Z');
});

afterAll(async () => {
  store.close();
  await rm(dataDir, { recursive: true, force: true });
});

function bothSearches(filters: SearchFilters, limit = 2): string[][] {
  return [store.searchText('library', limit, filters), store.searchVector(vector, limit, filters)].map((hits) =>
    [...new Set(hits.map((hit) => hit.chunk.source))].sort(),
  );
}

describe('search filters, applied inside both searches', () => {
  it('keeps exempt papers out unless asked for', () => {
    for (const sources of bothSearches({}, 100)) expect(sources).not.toContain('exempt.md');
    for (const sources of bothSearches({ includeExempt: true, since: '2024-03-12', until: '2024-03-12' })) {
      expect(sources).toEqual(['exempt.md']);
    }
  });

  it('limits meeting dates with since and until, inclusive', () => {
    for (const sources of bothSearches({ until: '2019-12-31' })) expect(sources).toEqual(['2019.md']);
    for (const sources of bothSearches({ since: '2024-03-06', until: '2024-03-07' }))
      expect(sources).toEqual(['health.md']);
  });

  it('limits committees and kinds', () => {
    for (const sources of bothSearches({ committees: ['Health Select Commission'] }))
      expect(sources).toEqual(['health.md']);
    for (const sources of bothSearches({ kinds: ['report'], includeExempt: true }))
      expect(sources).toEqual(['exempt.md']);
    for (const sources of bothSearches({ kinds: ['agenda'] })) expect(sources).toEqual([]);
  });

  it('ranks the crowd first when unfiltered, so the filtered results above cannot come from post-filtering', () => {
    for (const sources of bothSearches({}, 5)) {
      expect(sources.length).toBeGreaterThan(0);
      expect(sources.every((source) => source.startsWith('crowd-'))).toBe(true);
    }
  });
});

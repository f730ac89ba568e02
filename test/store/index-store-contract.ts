import { describe, expect, it } from 'vitest';
import { isQuorumError } from '../../src/core/errors.js';
import { analyzerVersion, stem } from '../../src/core/tokenize.js';
import { embedText, localEmbedderDimensions, localEmbedderName } from '../../src/embeddings/local-hash-embeddings.js';
import type { IndexStore, SearchFilters } from '../../src/store/index-store.js';
import { prepareDocument } from '../../src/store/prepare-document.js';
import { zebra, zebraRevised } from '../support/crossing-minutes.js';
import { type MadePaper, makeMinutes, makeReport } from '../support/make-paper.js';

export interface StoreUnderTest {
  /** Opens the test's index (created on first use unless `create` is false). */
  open(options?: { create?: boolean; embedder?: { name: string; dimensions?: number } }): Promise<IndexStore>;
  /** Opens where no index was ever created. */
  openMissing(): Promise<IndexStore>;
  /** Takes the index's ingest lock, as an ingest does before opening it. */
  lock(): Promise<() => Promise<void>>;
  /**
   * Makes the (closed) index look built by text analyser `version`: its manifest records that
   * version, and its full-text terms and term counts are emptied, as no stem of this analyser's
   * questions would match another's.
   */
  ageAnalyzer(version: number): Promise<void>;
}

export const localEmbedder = { name: localEmbedderName, dimensions: localEmbedderDimensions };
const query = (text: string): number[] => embedText(text, localEmbedderDimensions);
const ingestedAt = '2024-06-01T00:00:00.000Z';

const foster = makeMinutes('foster.md', {
  date: 'Tuesday 9 April 2024',
  items: [['Foster carers', 'Recruitment of foster carers rose this year.']],
});

// Many near-identical passages rank above the one a filter lets through, so a filter applied after
// a small top-k (instead of inside the search) would return nothing.
const crowd = Array.from({ length: 12 }, (_, index) =>
  makeMinutes(`crowd-${index}.md`, {
    date: 'Tuesday 5 March 2024',
    items: [['Library opening hours', `Library opening hours library opening hours were extended at branch ${index}.`]],
  }),
);
const filterPapers: MadePaper[] = [
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

const sourcesOf = (hits: { chunk: { source: string } }[]): string[] => [
  ...new Set(hits.map((hit) => hit.chunk.source)),
];

/**
 * What every IndexStore must do, whatever the engine: run against the embedded store and the
 * PostgreSQL store, so answering behaves the same on either.
 */
export function describeIndexStoreContract(name: string, setup: () => StoreUnderTest): void {
  const put = (store: IndexStore, paper: MadePaper, at = ingestedAt) => store.putDocument(paper.prepared, at);

  async function expectZebraIntact(store: IndexStore): Promise<void> {
    expect((await store.getDocument('zebra.md'))?.sha256).toBe(zebra.document.sha256);
    expect(await store.listChunks('zebra.md')).toEqual(zebra.chunks);
    expect((await store.searchText(['zebra'], 5)).length).toBeGreaterThan(0);
    expect(await store.searchText(['pelican'], 5)).toEqual([]);
    expect((await store.searchVector(query('Zebra crossings outside primary schools'), 1))[0]?.chunk.source).toBe(
      'zebra.md',
    );
  }

  describe(`${name}: documents`, () => {
    it('stores a document with its parts, text and chunks in order', async () => {
      const store = await setup().open();
      await put(store, zebra);
      expect(await store.getDocument('zebra.md')).toMatchObject({
        sha256: zebra.document.sha256,
        chunkCount: zebra.chunks.length,
        ingestedAt,
        parts: zebra.document.parts,
      });
      expect(await store.getDocumentText('zebra.md')).toBe(zebra.document.text);
      expect(await store.listChunks('zebra.md')).toEqual(zebra.chunks);
      expect(await store.getChunk(zebra.chunks[1]!.id)).toEqual(zebra.chunks[1]);
      expect(await store.getChunk('no-such-chunk')).toBeUndefined();
      const some = await store.getChunks([zebra.chunks[2]!.id, 'no-such-chunk', zebra.chunks[0]!.id]);
      expect(some.sort((a, b) => a.ordinal - b.ordinal)).toEqual([zebra.chunks[0], zebra.chunks[2]]);
      expect(await store.getChunks([])).toEqual([]);
      expect(await store.chunkCount()).toBe(zebra.chunks.length);
      expect((await store.listParts()).map((stored) => stored.partIndex)).toEqual(
        zebra.document.parts.map((_, index) => index),
      );
    });

    it('keeps where a published paper can be opened: its URL, and the URL and PDF page of each passage', async () => {
      const store = await setup().open();
      const url = 'https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=7001';
      const document = { ...zebra.document, parts: zebra.document.parts.map((part) => ({ ...part, url })) };
      const chunks = zebra.chunks.map((chunk, index) => ({ ...chunk, url, page: index + 1 }));
      await store.putDocument(prepareDocument(document, chunks, zebra.vectors, localEmbedderDimensions), ingestedAt);
      expect((await store.getDocument('zebra.md'))?.url).toBe(url);
      expect((await store.listDocuments())[0]?.url).toBe(url);
      expect(await store.listChunks('zebra.md')).toEqual(chunks);
      await put(store, foster);
      expect((await store.getDocument('foster.md'))?.url).toBeUndefined();
    });

    it('finds a stored chunk by full text, phrase and vector', async () => {
      const store = await setup().open();
      await put(store, zebra);
      await put(store, foster);
      expect(sourcesOf(await store.searchText(['zebra'], 5))).toEqual(['zebra.md']);
      expect(sourcesOf(await store.searchText(['zebra crossings', 'nothing like it'], 5))).toEqual(['zebra.md']);
      expect(await store.searchText(['schools primary'], 5)).toEqual([]);
      expect(await store.searchText(['   ', '"'], 5)).toEqual([]);
      expect(await store.searchText([], 5)).toEqual([]);
      const [best] = await store.searchVector(query('Zebra crossings outside primary schools'), 1);
      expect(best?.chunk.source).toBe('zebra.md');
      expect(best?.score).toBeGreaterThan(0);
      expect(best?.score).toBeLessThanOrEqual(1 + 1e-6);
    });

    it('moves its generation on with every write, so caches of what it holds can tell they are stale', async () => {
      const store = await setup().open();
      const before = await store.generation();
      await put(store, zebra);
      const afterPut = await store.generation();
      expect(afterPut).toBeGreaterThan(before);
      await store.removeDocument('zebra.md');
      expect(await store.generation()).toBeGreaterThan(afterPut);
    });

    it('replaces every chunk of a changed document, in both searches', async () => {
      const store = await setup().open();
      await put(store, zebra);
      await put(store, foster);
      await put(store, zebraRevised, '2024-07-01T00:00:00.000Z');
      expect(await store.getDocument('zebra.md')).toMatchObject({
        sha256: zebraRevised.document.sha256,
        ingestedAt: '2024-07-01T00:00:00.000Z',
      });
      expect(await store.listChunks('zebra.md')).toEqual(zebraRevised.chunks);
      expect(await store.chunkCount()).toBe(zebraRevised.chunks.length + foster.chunks.length);
      expect(await store.searchText(['zebra'], 10)).toEqual([]);
      expect(sourcesOf(await store.searchText(['pelican'], 10))).toEqual(['zebra.md']);
      const vectorHits = await store.searchVector(query('Zebra crossings outside primary schools'), 50);
      expect(vectorHits.map((hit) => hit.chunk.text).join(' ')).not.toContain('Zebra');
    });

    it('removes a document so neither search returns its chunks, and keeps that after reopening', async () => {
      const target = setup();
      const store = await target.open();
      await put(store, zebra);
      await put(store, foster);
      await store.removeDocument('zebra.md');
      await store.removeDocument('zebra.md');
      expect(await store.getDocument('zebra.md')).toBeUndefined();
      expect(await store.listChunks('zebra.md')).toEqual([]);
      expect(await store.searchText(['zebra'], 10)).toEqual([]);
      expect(sourcesOf(await store.searchVector(query('Zebra crossings'), 50))).toEqual(['foster.md']);
      await store.close();
      const reopened = await target.open({ create: false });
      expect((await reopened.listDocuments()).map((document) => document.source)).toEqual(['foster.md']);
      await reopened.removeDocument('foster.md');
      expect(await reopened.searchVector(query('anything'), 10)).toEqual([]);
      expect(await reopened.chunkCount()).toBe(0);
    });

    it('answers meeting, committee, frequency and glossary questions', async () => {
      const store = await setup().open();
      await put(store, zebra);
      await put(store, foster);
      expect(await store.latestMeetingDate('2024-04-08')).toBe('2024-03-05');
      expect(await store.latestMeetingDate('2024-12-31')).toBe('2024-04-09');
      expect(await store.latestMeetingDate('2020-01-01')).toBeUndefined();
      expect(await store.committees()).toEqual(['Improving Lives Select Commission']);
      expect((await store.meetingChunks('2024-04-09')).map((chunk) => chunk.source)).toContain('foster.md');
      const frequencies = await store.documentFrequencies(['zebra', 'foster', 'recruit', 'absent']);
      expect(frequencies.get('zebra')).toBeGreaterThan(0);
      expect(frequencies.get('recruit')).toBe(1);
      expect(frequencies.has('absent')).toBe(false);
      const { document, chunks, vectors } = zebra;
      const withGlossary = (short: string, long: string) =>
        prepareDocument(document, chunks, vectors, localEmbedderDimensions, [{ short, long }]);
      await store.putDocument(withGlossary('EHE', 'Elective Home Education'), ingestedAt);
      await store.putDocument(withGlossary('SEND', 'Special Educational Needs and Disabilities'), ingestedAt);
      expect(await store.glossary()).toEqual([{ short: 'SEND', long: 'Special Educational Needs and Disabilities' }]);
      await put(store, zebra);
      expect(await store.glossary()).toHaveLength(1);
      await store.removeDocument('zebra.md');
      expect(await store.glossary()).toEqual([]);
    });
  });

  describe(`${name}: search filters, applied inside both searches`, () => {
    async function bothSearches(store: IndexStore, filters: SearchFilters, limit = 2): Promise<string[][]> {
      const hits = await Promise.all([
        store.searchText(['library'], limit, filters),
        store.searchVector(query('library opening hours'), limit, filters),
      ]);
      return hits.map((list) => sourcesOf(list).sort());
    }

    async function storeWithFilterPapers(): Promise<IndexStore> {
      const store = await setup().open();
      for (const paper of filterPapers) await put(store, paper);
      return store;
    }

    it('keeps exempt papers out unless asked for', async () => {
      const store = await storeWithFilterPapers();
      for (const sources of await bothSearches(store, {}, 100)) expect(sources).not.toContain('exempt.md');
      for (const sources of await bothSearches(store, {
        includeExempt: true,
        since: '2024-03-12',
        until: '2024-03-12',
      }))
        expect(sources).toEqual(['exempt.md']);
      expect(await store.meetingChunks('2024-03-12')).toEqual([]);
      expect((await store.meetingChunks('2024-03-12', { includeExempt: true })).length).toBeGreaterThan(0);
    });

    it('limits meeting dates, committees and kinds, and still returns k results', async () => {
      const store = await storeWithFilterPapers();
      for (const sources of await bothSearches(store, { until: '2019-12-31' })) expect(sources).toEqual(['2019.md']);
      for (const sources of await bothSearches(store, { since: '2024-03-06', until: '2024-03-07' }))
        expect(sources).toEqual(['health.md']);
      for (const sources of await bothSearches(store, { committees: ['Health Select Commission'] }))
        expect(sources).toEqual(['health.md']);
      for (const sources of await bothSearches(store, { kinds: ['report'], includeExempt: true }))
        expect(sources).toEqual(['exempt.md']);
      for (const sources of await bothSearches(store, { kinds: ['agenda'] })) expect(sources).toEqual([]);
      for (const sources of await bothSearches(store, { since: '2024-01-01' }, 6)) expect(sources.length).toBe(6);
    });

    it('counts the chunks the text search would return, up to its limit, with the same filters', async () => {
      const store = await storeWithFilterPapers();
      const searches: [string[], number, SearchFilters | undefined][] = [
        [['library'], 5, undefined],
        [['library'], 100, undefined],
        [['library'], 100, { includeExempt: true }],
        [['opening hours'], 100, { until: '2019-12-31' }],
        [['library'], 100, { since: '2024-03-06', until: '2024-03-07' }],
        [['library'], 100, { committees: ['Health Select Commission'] }],
        [['library'], 100, { kinds: ['report'], includeExempt: true }],
        [['mobile library', 'site valuation'], 100, { includeExempt: true }],
        [['library'], 100, { kinds: ['agenda'] }],
        [['library'], 0, undefined],
        [['heron sanctuary'], 5, undefined],
        [[], 5, undefined],
      ];
      const counts: number[] = [];
      for (const [phrases, limit, filters] of searches) {
        const count = await store.countText(phrases, limit, filters);
        expect(count).toBe((await store.searchText(phrases, limit, filters)).length);
        counts.push(count);
      }
      // The crowd alone holds more than five matches; the exempt report adds one when asked for.
      expect(counts.slice(0, 3)).toEqual([5, counts[1], counts[1]! + 1]);
      expect(counts[1]).toBeGreaterThan(5);
      expect(counts.slice(3)).toEqual([1, 2, 2, 1, 3, 0, 0, 0, 0]);
    });

    // Each engine weighs term frequency and length its own way; the crowd must still hold most places.
    it('ranks the crowd first when unfiltered, so filtered results cannot come from post-filtering', async () => {
      const store = await storeWithFilterPapers();
      for (const sources of await bothSearches(store, {}, 5)) {
        expect(sources.filter((source) => source.startsWith('crowd-')).length).toBeGreaterThanOrEqual(3);
      }
    });
  });

  describe(`${name}: all or nothing`, () => {
    it('rolls back a document whose write fails midway, keeping the previous version', async () => {
      const target = setup();
      const store = await target.open();
      await put(store, zebra);
      const { document, chunks, vectors } = zebraRevised;
      const clash = chunks.map((chunk, index) => (index === 2 ? { ...chunk, id: chunks[1]!.id } : chunk));
      const prepared = prepareDocument(document, clash, vectors, localEmbedderDimensions);
      await expect(store.putDocument(prepared, 'later')).rejects.toThrow();
      await expectZebraIntact(store);
      await store.close();
      await expectZebraIntact(await target.open({ create: false }));
    });

    it('allows one ingest at a time', async () => {
      const target = setup();
      await (await target.open()).close();
      const release = await target.lock();
      await expect(target.lock()).rejects.toMatchObject({ code: 'index_locked' });
      await release();
      const again = await target.lock();
      await again();
    });
  });

  describe(`${name}: generation`, () => {
    it('moves on with every write, as another open store sees it', async () => {
      const target = setup();
      const writer = await target.open();
      const reader = await target.open({ create: false });
      const before = await reader.generation();
      await writer.putDocument(foster.prepared, ingestedAt);
      const added = await reader.generation();
      expect(added).toBeGreaterThan(before);
      await writer.removeDocument(foster.document.source);
      expect(await reader.generation()).toBeGreaterThan(added);
    });
  });

  describe(`${name}: spelling variants`, () => {
    it('finds a passage written in one spelling by a word or phrase typed in the other', async () => {
      const store = await setup().open();
      const harbour = makeMinutes('harbour.md', {
        date: 'Wednesday 2 October 2024',
        items: [['Harbour centre', 'Antisocial behaviour near the harbour centre was prioritised by the wardens.']],
      });
      await put(store, harbour);
      for (const typed of ['behavior', 'prioritized', 'harbor center', 'Harbor']) {
        expect(sourcesOf(await store.searchText([typed], 5))).toEqual(['harbour.md']);
      }
      expect(await store.countText(['antisocial behavior'], 5)).toBe(1);
    });
  });

  describe(`${name}: opening`, () => {
    it('refuses an index built by another embedder or dimensions, saying to re-ingest', async () => {
      const target = setup();
      await (await target.open()).close();
      for (const other of [
        { name: 'openai:text-embedding-3-small', dimensions: 1536 },
        { name: localEmbedderName, dimensions: 128 },
      ]) {
        const error = await target.open({ create: false, embedder: other }).catch((thrown: unknown) => thrown);
        expect(isQuorumError(error, 'index_incompatible')).toBe(true);
        expect((error as Error).message).toMatch(/re-ingest/);
        expect((error as Error).message).toContain(localEmbedderName);
      }
    });

    it("re-indexes, on a writer's open, an index another text analyser built, which a reader refuses", async () => {
      const target = setup();
      const writer = await target.open();
      await put(writer, foster);
      await writer.close();
      await target.ageAnalyzer(analyzerVersion + 1);
      const error = await target.open({ create: false }).catch((thrown: unknown) => thrown);
      expect(isQuorumError(error, 'index_outdated')).toBe(true);
      expect((error as Error).message).toMatch(
        /^The index (at|in) \S+ was built with text analyser \d+.*npm run ingest[^\n]*$/,
      );
      await (await target.open()).close();
      const reader = await target.open({ create: false });
      expect(reader.manifest.analyzerVersion).toBe(analyzerVersion);
      expect(sourcesOf(await reader.searchText(['recruitment'], 5))).toEqual(['foster.md']);
      expect(sourcesOf(await reader.searchText(['foster carers'], 5))).toEqual(['foster.md']);
      expect(await reader.documentFrequencies([stem('recruitment')])).toEqual(new Map([[stem('recruitment'), 1]]));
    });

    it('reports a missing index as index_missing', async () => {
      await expect(setup().openMissing()).rejects.toMatchObject({ code: 'index_missing' });
    });
  });
}

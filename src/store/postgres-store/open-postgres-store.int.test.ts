import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zebra, zebraRevised } from '../../../test/support/crossing-minutes.js';
import { makeMinutes, makeReport } from '../../../test/support/make-paper.js';
import { useTestDatabase } from '../../../test/support/start-postgres.js';
import { contentTerms, stem, words } from '../../core/tokenize.js';
import { embedText, localEmbedderDimensions, localEmbedderName } from '../../embeddings/local-hash-embeddings.js';
import type { IndexStore } from '../index-store.js';
import { chunkJson } from '../prepare-document.js';
import { wordPairs } from '../word-pairs.js';
import { openPostgresStore } from './open-postgres-store.js';

const embedder = { name: localEmbedderName, dimensions: localEmbedderDimensions };
const databaseUrl = useTestDatabase();

const march = makeMinutes('march.md', {
  date: 'Tuesday 5 March 2024',
  items: [
    ['Elective home education', 'The commission considered elective home education and the safeguarding of pupils.'],
    ['School places', 'Sufficiency of school places in the borough was reviewed by the commission.'],
  ],
});
const other = makeMinutes('other.md', {
  committee: 'HEALTH SELECT COMMISSION',
  date: 'Thursday 7 March 2024',
  items: [['Home care', 'Home care contracts and elective surgery waiting times were discussed.']],
});
const secret = makeReport('secret.md', {
  date: '5 March 2024',
  title: 'Elective home education contract',
  body: 'Elective home education provider costs, commercially sensitive.',
  exempt: true,
});

let store: IndexStore;

beforeAll(async () => {
  store = await openPostgresStore({ url: databaseUrl(), embedder, create: true });
  await store.putDocument({ ...march.prepared, glossary: [{ short: 'EHE', long: 'Elective Home Education' }] }, 't1');
  await store.putDocument(other.prepared, 't1');
  await store.putDocument(secret.prepared, 't1');
});

afterAll(async () => {
  await store?.close();
});

describe('the PostgreSQL store keeps what the SQLite store keeps', () => {
  it('returns documents, parts, text and chunks in order', async () => {
    expect(await store.getDocument('march.md')).toEqual({
      source: 'march.md',
      sha256: march.document.sha256,
      ingestedAt: 't1',
      chunkCount: march.chunks.length,
      parts: march.document.parts,
    });
    expect((await store.listDocuments()).map((document) => document.source)).toEqual([
      'march.md',
      'other.md',
      'secret.md',
    ]);
    expect(await store.getDocumentText('march.md')).toBe(march.document.text);
    expect(await store.listChunks('march.md')).toEqual(march.chunks);
    expect(await store.getChunk(march.chunks[1]!.id)).toEqual(march.chunks[1]);
    expect(await store.getChunk('nope')).toBeUndefined();
    expect(await store.getDocument('nope')).toBeUndefined();
    const parts = await store.listParts();
    expect(parts.filter((part) => part.source === 'march.md').map((part) => part.partIndex)).toEqual(
      march.document.parts.map((_, index) => index),
    );
    expect(await store.chunkCount()).toBe(march.chunks.length + other.chunks.length + secret.chunks.length);
  });

  it('answers meeting questions, exempt papers left out unless asked for', async () => {
    expect(await store.latestMeetingDate('2024-03-06')).toBe('2024-03-05');
    expect(await store.latestMeetingDate('2024-01-01')).toBeUndefined();
    expect(await store.committees()).toEqual(
      [...new Set([march, other, secret].flatMap((paper) => paper.chunks.map((chunk) => chunk.committee)))].sort(),
    );
    expect(await store.meetingChunks('2024-03-05')).toEqual(march.chunks);
    const withExempt = await store.meetingChunks('2024-03-05', { includeExempt: true });
    expect(withExempt).toEqual([
      ...march.chunks,
      ...secret.chunks.filter((chunk) => chunk.meetingDate === '2024-03-05'),
    ]);
  });

  it('counts chunks per stem the way contentTerms stems a question, stop words included', async () => {
    const all = [march, other, secret].flatMap((paper) => paper.prepared.chunks);
    const count = (term: string) => all.filter((chunk) => words(chunk.searchText).map(stem).includes(term)).length;
    const stems = [...contentTerms('elective home education safeguarding'), stem('the'), 'zzzz'];
    const frequencies = await store.documentFrequencies(stems);
    for (const term of stems.slice(0, -1)) expect(frequencies.get(term), term).toBe(count(term));
    expect(frequencies.get(stem('the'))).toBeGreaterThan(0);
    expect(frequencies.has('zzzz')).toBe(false);
  });

  it('finds any of the phrases, each with its words in order, best first', async () => {
    const hits = await store.searchText(['elective home education'], 10);
    expect(hits.length).toBeGreaterThan(0);
    expect(
      hits.every((hit) => /elective home education/i.test(`${hit.chunk.headingPath.join(' ')} ${hit.chunk.text}`)),
    ).toBe(true);
    expect(hits.every((hit) => !hit.chunk.exempt)).toBe(true);
    expect(hits.map((hit) => hit.score)).toEqual([...hits.map((hit) => hit.score)].sort((a, b) => b - a));
    // "education home" is not in order anywhere; "home care" is.
    expect(await store.searchText(['education home'], 10)).toEqual([]);
    const either = await store.searchText(['education home', 'home care', 'of the'], 10);
    expect(new Set(either.map((hit) => hit.chunk.source))).toEqual(new Set(['other.md']));
    expect(await store.searchText(['the of'], 10)).toEqual([]);
    expect(await store.searchText([], 10)).toEqual([]);
  });

  it('keeps the glossary unless a new version brings one, and drops it with the document', async () => {
    expect(await store.glossary()).toEqual([{ short: 'EHE', long: 'Elective Home Education' }]);
    await store.putDocument(march.prepared, 't2');
    expect(await store.glossary()).toEqual([{ short: 'EHE', long: 'Elective Home Education' }]);
    await store.putDocument({ ...march.prepared, glossary: [{ short: 'SEND', long: 'Special Needs' }] }, 't3');
    expect(await store.glossary()).toEqual([{ short: 'SEND', long: 'Special Needs' }]);
    expect((await store.getDocument('march.md'))!.ingestedAt).toBe('t3');
    expect(await store.listChunks('march.md')).toEqual(march.chunks);
  });

  it('replaces and removes documents, counts and stems with them', async () => {
    const before = await store.chunkCount();
    await store.putDocument(zebra.prepared, 't1');
    expect(await store.chunkCount()).toBe(before + zebra.chunks.length);
    expect((await store.documentFrequencies([stem('zebra')])).get(stem('zebra'))).toBeGreaterThan(0);
    await store.putDocument(zebraRevised.prepared, 't2');
    expect(await store.documentFrequencies([stem('zebra')])).toEqual(new Map());
    expect(await store.listChunks('zebra.md')).toEqual(zebraRevised.chunks);
    expect((await store.searchText(['pelican crossings'], 5))[0]!.chunk.source).toBe('zebra.md');
    await store.removeDocument('zebra.md');
    expect(await store.getDocument('zebra.md')).toBeUndefined();
    expect(await store.listChunks('zebra.md')).toEqual([]);
    expect(await store.searchText(['pelican'], 5)).toEqual([]);
    expect(await store.chunkCount()).toBe(before);
  });

  it('finds the nearest chunk by cosine similarity', async () => {
    const query = embedText('Home care contracts and elective surgery waiting times', localEmbedderDimensions);
    const [best] = await store.searchVector(query, 3);
    expect(best!.chunk.source).toBe('other.md');
    expect(best!.score).toBeGreaterThan(0.5);
    expect(best!.score).toBeLessThanOrEqual(1.000001);
  });

  it('writes by COPY what its text format escapes: tabs, line breaks, backslashes, quotes, no date, no stems', async () => {
    const awkward = "Quarry\tcontract\nsigned by O'Hara \\ deputy";
    const chunks = other.prepared.chunks.map((chunk, index) => ({
      ...chunk,
      id: `awkward-${index}`,
      meetingDate: null,
      committee: 'Planning \\ Licensing\tBoard',
      detailsJson: JSON.stringify({ ...JSON.parse(chunk.detailsJson), text: awkward }),
      searchText: awkward,
      searchPairs: wordPairs(awkward),
      stems: index === 0 ? [] : chunk.stems,
    }));
    await store.putDocument({ ...other.prepared, source: 'awkward.md', sha256: 'awkward', chunks }, 't1');
    expect(await store.listChunks('awkward.md')).toEqual(
      chunks.map((chunk) => JSON.parse(chunkJson(chunk, 'awkward.md'))),
    );
    expect(await store.committees()).toContain('Planning \\ Licensing\tBoard');
    const found = await store.searchText(["O'Hara deputy"], 5);
    expect(found.map((hit) => hit.chunk.id)).toContain('awkward-0');
    await store.removeDocument('awkward.md');
  });
});

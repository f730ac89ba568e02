import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { zebra, zebraRevised } from '../../../test/support/crossing-minutes.js';
import { makeMinutes } from '../../../test/support/make-paper.js';
import { embedText, localEmbedderDimensions, localEmbedderName } from '../../embeddings/local-hash-embeddings.js';
import { openSqliteStore, type SqliteStore } from './open-sqlite-store.js';

const embedder = { name: localEmbedderName, dimensions: localEmbedderDimensions };
const query = (text: string): number[] => embedText(text, localEmbedderDimensions);

const foster = makeMinutes('foster.md', {
  date: 'Tuesday 9 April 2024',
  items: [['Foster carers', 'Recruitment of foster carers rose this year.']],
});

let dataDir: string;
let store: SqliteStore;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'quorum-store-'));
  store = openSqliteStore({ dataDir, embedder, create: true });
});

afterEach(async () => {
  store.close();
  await rm(dataDir, { recursive: true, force: true });
});

function put(paper: typeof zebra, ingestedAt = '2024-06-01T00:00:00.000Z'): void {
  store.putDocument(paper.document, paper.chunks, paper.vectors, ingestedAt);
}

const sourcesOf = (hits: { chunk: { source: string } }[]): string[] => [
  ...new Set(hits.map((hit) => hit.chunk.source)),
];

describe('openSqliteStore documents', () => {
  it('stores a document with its parts, text and chunks in order', () => {
    put(zebra);
    expect(store.getDocument('zebra.md')).toMatchObject({
      sha256: zebra.document.sha256,
      chunkCount: zebra.chunks.length,
      ingestedAt: '2024-06-01T00:00:00.000Z',
    });
    expect(store.getDocument('zebra.md')!.parts).toEqual(zebra.document.parts);
    expect(store.getDocumentText('zebra.md')).toBe(zebra.document.text);
    expect(store.listChunks('zebra.md')).toEqual(zebra.chunks);
    expect(store.getChunk(zebra.chunks[1]!.id)).toEqual(zebra.chunks[1]);
    expect(store.chunkCount()).toBe(zebra.chunks.length);
  });

  it('finds a stored chunk by full text and by vector', () => {
    put(zebra);
    put(foster);
    expect(sourcesOf(store.searchText('zebra', 5))).toEqual(['zebra.md']);
    expect(store.searchVector(query('Zebra crossings outside primary schools'), 1)[0]!.chunk.source).toBe('zebra.md');
  });

  it('replaces every chunk of a changed document, in both indexes', () => {
    put(zebra);
    put(foster);
    put(zebraRevised, '2024-07-01T00:00:00.000Z');
    expect(store.getDocument('zebra.md')).toMatchObject({
      sha256: zebraRevised.document.sha256,
      ingestedAt: '2024-07-01T00:00:00.000Z',
    });
    expect(store.listChunks('zebra.md')).toEqual(zebraRevised.chunks);
    expect(store.chunkCount()).toBe(zebraRevised.chunks.length + foster.chunks.length);
    expect(store.searchText('zebra', 10)).toEqual([]);
    expect(sourcesOf(store.searchText('pelican', 10))).toEqual(['zebra.md']);
    const vectorHits = store.searchVector(query('Zebra crossings outside primary schools'), 50);
    expect(vectorHits.every((hit) => store.getChunk(hit.chunk.id) !== undefined)).toBe(true);
    expect(vectorHits.map((hit) => hit.chunk.text).join(' ')).not.toContain('Zebra');
  });

  it('removes a document so neither search returns its chunks', () => {
    put(zebra);
    put(foster);
    store.removeDocument('zebra.md');
    expect(store.getDocument('zebra.md')).toBeUndefined();
    expect(store.listChunks('zebra.md')).toEqual([]);
    expect(store.searchText('zebra', 10)).toEqual([]);
    expect(sourcesOf(store.searchVector(query('Zebra crossings outside primary schools'), 50))).toEqual(['foster.md']);
    store.removeDocument('zebra.md');
    store.removeDocument('foster.md');
    expect(store.searchVector(query('anything'), 10)).toEqual([]);
  });

  it('keeps removals after closing and reopening', () => {
    put(zebra);
    put(foster);
    store.removeDocument('foster.md');
    store.close();
    store = openSqliteStore({ dataDir, embedder });
    expect(store.listDocuments().map((document) => document.source)).toEqual(['zebra.md']);
    expect(sourcesOf(store.searchVector(query('Recruitment of foster carers'), 50))).toEqual(['zebra.md']);
  });

  it('answers meeting, committee, frequency and glossary questions', () => {
    put(zebra);
    put(foster);
    expect(store.latestMeetingDate('2024-04-08')).toBe('2024-03-05');
    expect(store.latestMeetingDate('2024-12-31')).toBe('2024-04-09');
    expect(store.latestMeetingDate('2020-01-01')).toBeUndefined();
    expect(store.committees()).toEqual(['Improving Lives Select Commission']);
    expect(store.documentFrequencies(['zebra', 'foster', 'absent']).get('zebra')).toBeGreaterThan(0);
    expect(store.documentFrequencies(['absent']).size).toBe(0);
    store.putGlossary('zebra.md', [{ short: 'EHE', long: 'Elective Home Education' }]);
    store.putGlossary('zebra.md', [{ short: 'SEND', long: 'Special Educational Needs and Disabilities' }]);
    expect(store.glossary()).toEqual([{ short: 'SEND', long: 'Special Educational Needs and Disabilities' }]);
    store.removeDocument('zebra.md');
    expect(store.glossary()).toEqual([]);
  });

  it('returns nothing for a blank query and matches FTS5 quoted phrases', () => {
    put(zebra);
    expect(store.searchText('   ', 5)).toEqual([]);
    expect(sourcesOf(store.searchText('"zebra crossings"', 5))).toEqual(['zebra.md']);
  });
});

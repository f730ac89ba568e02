import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusIndex, type CorpusIndex } from '../../test/support/build-corpus-index.js';
import { localEmbedderDimensions, localEmbedderName } from '../embeddings/local-hash-embeddings.js';
import type { IndexStore } from '../store/index-store.js';
import { openSqliteStore } from '../store/sqlite-store/open-sqlite-store.js';
import { digest } from './digest.js';
import { renderDigestMarkdown } from './render-digest-markdown.js';

// Two councils' planning committees met on the same day; the full council of one of them met later.
const ingestedAt = new Date('2025-03-01T08:00:00Z');
let index: CorpusIndex;
let store: IndexStore;

beforeAll(async () => {
  index = await buildCorpusIndex({ paths: ['test/fixtures/authorities'], now: () => ingestedAt });
  store = openSqliteStore({
    dataDir: index.dataDir,
    embedder: { name: localEmbedderName, dimensions: localEmbedderDimensions },
  });
});

afterAll(async () => {
  await store?.close();
  await index?.cleanup();
});

describe('digest of several councils’ papers', () => {
  it('heads each meeting with its committee and the authority whose meeting it is', async () => {
    const result = await digest({
      store,
      since: new Date('2025-02-28T00:00:00Z'),
      now: new Date('2025-03-01T09:00:00Z'),
    });
    const headings = renderDigestMarkdown(result)
      .split('\n')
      .filter((line) => line.startsWith('## ') && line !== '## Sources');
    expect(headings).toEqual([
      // The council's own meeting already says whose it is.
      '## Stoneleigh Borough Council, 26 February 2025',
      '## Planning Committee — Harlow Vale District Council, 11 February 2025',
      '## Planning Committee — Stoneleigh Borough Council, 11 February 2025',
    ]);
    // Same committee name and date, two councils: two meetings, each with its own decisions.
    const planning = result.meetings.filter((meeting) => meeting.meetingDate === '2025-02-11');
    expect(planning.map((meeting) => meeting.decisions.map((decision) => decision.minute))).toEqual([
      ['22', '23'],
      ['10', '11'],
    ]);
  });
});

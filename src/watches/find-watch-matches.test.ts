import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localEmbedder } from '../../test/support/local-embedder.js';
import { makeMinutes, makeReport } from '../../test/support/make-paper.js';
import { openSqliteStore } from '../store/sqlite-store/open-sqlite-store.js';
import { findWatchMatches } from './find-watch-matches.js';

const dataDir = mkdtempSync(join(tmpdir(), 'quorum-watch-matches-'));
const store = openSqliteStore({ dataDir, embedder: localEmbedder, create: true });
afterEach(async () => {
  await store.close().catch(() => undefined);
  await rm(dataDir, { recursive: true, force: true });
});

describe('findWatchMatches', () => {
  it('finds passages of papers ingested since the watch last looked that name the whole topic, exempt ones only where allowed', async () => {
    const before = makeMinutes('before.md', {
      date: 'Tuesday 5 March 2024',
      items: [['Library hours', 'Library opening hours were extended.']],
    });
    const minutes = makeMinutes('minutes.md', {
      date: 'Tuesday 9 April 2024',
      items: [
        ['Library hours', 'The Commission welcomed longer library opening hours at weekends.'],
        ['Parks', 'Park opening was discussed; the library was not.'],
      ],
    });
    const exempt = makeReport('exempt.md', {
      date: '9 April 2024',
      title: 'Library contract',
      body: 'Commercial terms for library opening hours by the new provider.',
      exempt: true,
    });
    await store.putDocument(before.prepared, '2024-03-06T09:00:00.000Z');
    await store.putDocument(minutes.prepared, '2024-04-10T09:00:00.000Z');
    await store.putDocument(exempt.prepared, '2024-04-10T09:00:00.000Z');
    const find = (filters: { includeExempt?: boolean; committees?: string[] }, posted = new Set<string>()) =>
      findWatchMatches({
        store,
        topic: 'library opening hours',
        since: new Date('2024-04-01T00:00:00Z'),
        filters,
        posted,
      });

    const matches = await find({ includeExempt: false });
    expect(matches.map((match) => match.chunk.source)).toEqual(['minutes.md']);
    expect(minutes.document.text.slice(matches[0]!.span.start, matches[0]!.span.end)).toContain(
      'longer library opening hours',
    );
    expect((await find({ includeExempt: true })).map((match) => match.chunk.source).sort()).toEqual([
      'exempt.md',
      'minutes.md',
    ]);
    expect(await find({ committees: ['Cabinet'] })).toEqual([]);
    expect(await find({}, new Set(matches.map((match) => match.key)))).toEqual([]);
  });
});

import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusIndex, type CorpusIndex } from '../../test/support/build-corpus-index.js';
import { defined } from '../../test/support/defined.js';
import { expectCitationsDated } from '../../test/support/expect-citations-dated.js';
import { localEmbedderDimensions, localEmbedderName } from '../embeddings/local-hash-embeddings.js';
import type { IndexStore } from '../store/index-store.js';
import { openSqliteStore } from '../store/sqlite-store/open-sqlite-store.js';
import { digest } from './digest.js';
import { renderDigestMarkdown } from './render-digest-markdown.js';

// Two ingests on an injected clock: the 2019 and October 2024 minutes first, the two agenda packs later.
const firstIngest = new Date('2024-09-01T08:00:00Z');
const secondIngest = new Date('2024-09-05T08:00:00Z');
let index: CorpusIndex;
let store: IndexStore;

beforeAll(async () => {
  index = await buildCorpusIndex({
    paths: ['corpus/001_10f830cb2e8bf681.txt', 'corpus/002_9be5cb5516d64b0d.txt'],
    now: () => firstIngest,
  });
  await index.ingest(['corpus/000_71088af9a53d8a0a.txt', 'corpus/004_8c880aa5829d452d.txt'], () => secondIngest);
  store = openSqliteStore({
    dataDir: index.dataDir,
    embedder: { name: localEmbedderName, dimensions: localEmbedderDimensions },
  });
});

afterAll(async () => {
  await store?.close();
  await index?.cleanup();
});

const meetingsOf = async (since: string, now = '2024-09-05T09:00:00Z') =>
  (await digest({ store, since: new Date(since), now: new Date(now) })).meetings.map((meeting) => meeting.meetingDate);

describe('digest', () => {
  it('lists exactly the meetings whose papers were ingested since the given time', async () => {
    expect(await meetingsOf('2024-09-03T00:00:00Z')).toEqual(['2024-09-17', '2024-07-30', '2023-12-05', '2023-10-31']);
    expect(await meetingsOf('2024-09-05T08:00:00Z')).toEqual(['2024-09-17', '2024-07-30', '2023-12-05', '2023-10-31']);
    expect(await meetingsOf('2024-08-01T00:00:00Z')).toEqual([
      '2024-10-29',
      '2024-09-17',
      '2024-07-30',
      '2023-12-05',
      '2023-10-31',
      '2019-01-15',
    ]);
  });

  it('gives decisions by minute, agenda business and report summaries, each cited with its own meeting date', async () => {
    const result = await digest({
      store,
      since: new Date('2024-09-03T00:00:00Z'),
      now: new Date('2024-09-05T09:00:00Z'),
    });
    const october = defined(result.meetings.find((meeting) => meeting.meetingDate === '2023-10-31'));
    const peerReview = defined(october.decisions.find((decision) => decision.minute === '125'));
    expect(peerReview.resolutions.map((resolution) => resolution.text)).toContain(
      'The Peer Review Report be shared with the Commission once it is in the public domain.',
    );
    expect(result.citations[peerReview.cite - 1]).toMatchObject({ meetingDate: '2023-10-31', minute: '125' });
    // An item whose minutes record no resolution is still listed, cited with its own minute.
    expect(october.discussed.map((item) => item.minute)).toEqual(['124']);
    expect(result.citations[october.discussed[0]!.cite - 1]).toMatchObject({
      meetingDate: '2023-10-31',
      minute: '124',
    });
    const september = defined(result.meetings.find((meeting) => meeting.meetingDate === '2024-09-17'));
    expect(september.agenda).toMatchObject({ time: '10.00 a.m.' });
    expect(september.agenda?.items.map((item) => item.title)).toContain('Ofsted Focused Visit Outcome');
    expect(september.reports.map((report) => report.title)).toEqual([
      "Ofsted Focused Visit to Rotherham's Children's Services",
    ]);
    await expectCitationsDated(result.citations, store);
  });

  it('lists the meetings of the next 14 days from agendas and next-meeting notices', async () => {
    const early = await digest({
      store,
      since: new Date('2024-08-01T00:00:00Z'),
      now: new Date('2024-09-05T09:00:00Z'),
    });
    expect(early.upcoming).toEqual([
      expect.objectContaining({ date: '2024-09-17', from: 'agenda', time: '10.00 a.m.' }),
    ]);
    const later = await digest({
      store,
      since: new Date('2024-08-01T00:00:00Z'),
      now: new Date('2024-10-20T09:00:00Z'),
    });
    expect(later.upcoming).toEqual([expect.objectContaining({ date: '2024-10-29', from: 'next-meeting notice' })]);
    expect(later.citations[later.upcoming[0]?.cite - 1]?.meetingDate).toBe('2024-09-17');
  });

  it('says in one line when nothing is new', async () => {
    const result = await digest({
      store,
      since: new Date('2024-09-06T00:00:00Z'),
      now: new Date('2024-09-06T09:00:00Z'),
    });
    expect(result.meetings).toEqual([]);
    expect(renderDigestMarkdown(result)).toBe('Nothing new since 6 September 2024.');
  });
});

describe('digest of a report published on its own and reprinted in a pack', () => {
  it('lists the report once, with the opening of its summary, and cites nothing it does not show', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'quorum-reprint-'));
    const sheet = 'test/fixtures/layouts/report-cover-sheet.txt';
    await copyFile(sheet, join(folder, 'report.txt'));
    await writeFile(join(folder, 'pack.txt'), `Public reports pack\n\n${await readFile(sheet, 'utf8')}`);
    const reprinted = await buildCorpusIndex({ paths: [folder], now: () => firstIngest });
    const reprintStore = openSqliteStore({
      dataDir: reprinted.dataDir,
      embedder: { name: localEmbedderName, dimensions: localEmbedderDimensions },
    });
    try {
      const result = await digest({ store: reprintStore, since: new Date(0), now: firstIngest });
      const reports = result.meetings.flatMap((meeting) => meeting.reports);
      expect(reports).toHaveLength(1);
      expect(reports[0]!.summary!.text).toMatch(/^Transitions involve .* …$/);
      expect(reports[0]!.summary!.text.split(/\s+/).length).toBeLessThan(80);
      const markdown = renderDigestMarkdown(result);
      const body = markdown.slice(0, markdown.lastIndexOf('## Sources'));
      for (let number = 1; number <= result.citations.length; number++) expect(body).toContain(`[${number}]`);
    } finally {
      await reprintStore.close();
      await reprinted.cleanup();
      await rm(folder, { recursive: true, force: true });
    }
  });
});

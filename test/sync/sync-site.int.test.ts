import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SyncRequest, syncSite } from '../../ingest/sync/sync-site.js';
import { createSilentLogger } from '../../src/core/logger.js';
import { lockIndexForIngest, openIndexStore } from '../../src/store/open-index-store.js';
import { type CapturedLog, createCapturingLogger } from '../support/capturing-logger.js';
import { councilCommittees, minutesPages } from '../support/council-site-papers.js';
import { localEmbedder } from '../support/local-embedder.js';
import {
  type ModernGovSite,
  type ModernGovSiteOptions,
  type StubCommittee,
  startModernGovSite,
} from '../support/moderngov-site.js';
import { parishMinutesDocx } from '../support/word-documents.js';

let dataDir: string;
let site: ModernGovSite | undefined;
let logs: CapturedLog[];

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'quorum-sync-'));
});

afterEach(async () => {
  await site?.close();
  site = undefined;
  await rm(dataDir, { recursive: true, force: true });
});

async function start(options: Partial<ModernGovSiteOptions> = {}): Promise<ModernGovSite> {
  site = await startModernGovSite({ committees: councilCommittees(), ...options });
  return site;
}

function sync(overrides: Partial<SyncRequest> = {}) {
  const { logger, entries } = createCapturingLogger();
  logs = entries;
  return syncSite({
    site: site!.url,
    since: '2024-06-01',
    until: '2025-05-31',
    cacheDir: join(dataDir, 'sync'),
    ingest: {
      location: { dataDir },
      embedder: localEmbedder,
      chunking: { size: 1200, overlap: 150 },
      logger,
      workers: false,
    },
    // Fast enough for tests; the defaults (60 s, 1 s backoff) suit real sites.
    fetcher: { timeoutMs: 1_000, backoffMs: 20, delayMs: 0 },
    ...overrides,
  });
}

async function storedChunks() {
  const store = await openIndexStore({ location: { dataDir }, embedder: localEmbedder });
  try {
    const documents = await store.listDocuments();
    const chunks = (await Promise.all(documents.map((document) => store.listChunks(document.source)))).flat();
    return { documents, chunks };
  } finally {
    await store.close();
  }
}

const titles = (records: { title: string }[]) => records.map((record) => record.title).sort();

describe('syncSite against a stand-in ModernGov site', () => {
  it('fetches the public papers of meetings in range by GET, ingests them with the site metadata, and a second sync downloads nothing', async () => {
    await start();
    const first = await sync();
    expect(first.protocol).toBe('get');
    expect(first.committees).toEqual(['Cabinet']);
    expect(first).toMatchObject({ meetings: 2, cancelled: 1, downloads: 2 });
    expect(titles(first.papers.new)).toEqual(["Leader's Budget Monitoring Report", 'Minutes, 04/03/2025 Cabinet']);
    expect(titles(first.papers.restricted)).toEqual(['Appendix A - commercial terms']);
    expect(first.papers.failed).toEqual([]);
    // Never the restricted appendix, the cancelled meeting's papers or the old meeting's; the report once.
    expect(site!.downloads().sort()).toEqual(['7001', '7002']);
    expect(site!.requests.every((request) => !/ID=(7003|7010|6000)\b/.test(request.path))).toBe(true);
    expect(first.ingest?.added).toHaveLength(2);
    // One User-Agent naming Quorum on every request.
    expect(site!.requests.every((request) => /^Quorum\/\S+ \(/.test(request.userAgent ?? ''))).toBe(true);

    const { documents, chunks } = await storedChunks();
    expect(documents.map((document) => document.url).sort()).toEqual([
      `${site!.url}/mgConvert2PDF.aspx?ID=7001`,
      `${site!.url}/mgConvert2PDF.aspx?ID=7002`,
    ]);
    const resolved = chunks.find((chunk) => chunk.minute === '88');
    expect(resolved).toMatchObject({
      committee: 'Cabinet',
      meetingDate: '2025-03-04',
      page: 2,
      url: `${site!.url}/mgConvert2PDF.aspx?ID=7001`,
    });
    expect(chunks.find((chunk) => chunk.minute === '87')?.page).toBe(1);

    const requestsBefore = site!.requests.length;
    const second = await sync();
    expect(second.downloads).toBe(0);
    expect(second.ingest).toBeUndefined();
    expect(titles(second.papers.unchanged)).toHaveLength(2);
    expect(site!.downloads()).toHaveLength(2);
    expect(site!.requests.slice(requestsBefore).filter((request) => /mgConvert2PDF/.test(request.path))).toEqual([
      expect.objectContaining({ status: 304 }),
      expect.objectContaining({ status: 304 }),
    ]);
  });

  it('keeps a Word document linked from a meeting as .docx and ingests its numbered minutes, by GET and from the HTML pages', async () => {
    const parish = async (): Promise<StubCommittee[]> => [
      {
        id: '21',
        title: 'Parish Council',
        meetings: [
          {
            id: '601',
            date: '2025-04-07',
            items: [
              {
                number: '1',
                title: 'Minutes',
                documents: [{ id: '8001', title: 'Draft minutes', pages: [], word: await parishMinutesDocx() }],
              },
            ],
          },
        ],
      },
    ];
    for (const service of ['get', 'html'] as const) {
      await site?.close();
      await rm(dataDir, { recursive: true, force: true });
      await start({ committees: await parish(), service });
      // Cut off in transit the first time: fetched again, never kept half.
      site!.fail('/documents/s8001/8001.docx', 'truncate');
      const summary = await sync();
      expect(summary.papers.failed).toEqual([]);
      expect(titles(summary.papers.new)).toEqual(['Draft minutes']);
      const host = new URL(site!.url).host;
      expect(await readdir(join(dataDir, 'sync', host, 'papers'))).toEqual(['601-8001.docx']);
      const { chunks } = await storedChunks();
      const rents = chunks.find((chunk) => chunk.text.includes('rise to £42'));
      expect(rents).toMatchObject({ minute: '25/34', meetingDate: '2025-04-07' });
      expect(rents?.page).toBeUndefined();
    }
  });

  it('speaks SOAP 1.1 when the site has switched GET off', async () => {
    await start({ service: 'soap' });
    const summary = await sync({ committees: ['cabinet'] });
    expect(summary.protocol).toBe('soap');
    expect(summary.papers.new).toHaveLength(2);
    expect(site!.requests.filter((request) => request.soapAction).map((request) => request.soapAction)).toContain(
      '"http://moderngov.co.uk/namespaces/GetMeeting"',
    );
  });

  it('falls back to the public HTML pages when the web service is off', async () => {
    await start({ service: 'html' });
    const summary = await sync({ committees: ['Cabinet'] });
    expect(summary.protocol).toBe('html');
    expect(summary).toMatchObject({ meetings: 2, cancelled: 1 });
    expect(titles(summary.papers.new)).toEqual(["Leader's Budget Monitoring Report", 'Minutes, 04/03/2025 Cabinet']);
    expect(site!.downloads().sort()).toEqual(['7001', '7002']);
    const { chunks } = await storedChunks();
    expect(chunks.find((chunk) => chunk.minute === '88')).toMatchObject({ committee: 'Cabinet', page: 2 });
  });

  it('retries a 500, a 429 after its Retry-After, a timeout and a truncated download, then succeeds', async () => {
    await start();
    site!.fail('/mgWebService.asmx/GetCommittees', { status: 500 });
    site!.fail('/mgConvert2PDF.aspx?ID=7001', { status: 429, retryAfterSeconds: 1 }, 'truncate');
    site!.fail('/mgConvert2PDF.aspx?ID=7002', 'timeout');
    const started = Date.now();
    const summary = await sync();
    expect(summary.papers.failed).toEqual([]);
    expect(summary.papers.new).toHaveLength(2);
    // Waited as the site asked.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    const attempts = (path: string) => site!.requests.filter((request) => request.path === path).map((r) => r.status);
    expect(attempts('/mgWebService.asmx/GetCommittees')).toEqual([500, 200]);
    expect(attempts('/mgConvert2PDF.aspx?ID=7001')).toEqual([429, 200, 200]);
    expect(attempts('/mgConvert2PDF.aspx?ID=7002')).toEqual([-1, 200]);
  });

  it('reports a paper that keeps failing, ingests the rest, and fetches it next time', async () => {
    await start();
    site!.fail('/mgConvert2PDF.aspx?ID=7002', ...Array.from({ length: 5 }, () => ({ status: 500 as const })));
    const first = await sync();
    expect(first.papers.failed).toEqual([
      expect.objectContaining({
        title: "Leader's Budget Monitoring Report",
        reason: expect.stringMatching(/HTTP 500 after 5 attempts/),
      }),
    ]);
    expect(first.ingest?.added).toHaveLength(1);
    const second = await sync();
    expect(second.papers.failed).toEqual([]);
    expect(titles(second.papers.new)).toEqual(["Leader's Budget Monitoring Report"]);
    expect(second.downloads).toBe(1);
  });

  it('resumes an interrupted sync: papers downloaded before the index was written are ingested without downloading again', async () => {
    await start();
    // Another ingest holds the index, so this sync stops after downloading.
    const release = await lockIndexForIngest({ dataDir });
    await expect(sync()).rejects.toMatchObject({ code: 'index_locked' });
    await release();
    expect(site!.downloads()).toHaveLength(2);

    const resumed = await sync();
    expect(resumed.downloads).toBe(0);
    expect(resumed.ingest?.added).toHaveLength(2);
    expect((await storedChunks()).documents).toHaveLength(2);
  });

  it('re-ingests a changed paper served under the same URL', async () => {
    await start();
    await sync();
    site!.changeDocument('7001', [minutesPages[0]!, minutesPages[1]!.replace('twelve months', 'six months')]);
    const summary = await sync();
    expect(titles(summary.papers.changed)).toEqual(['Minutes, 04/03/2025 Cabinet']);
    expect(summary.ingest?.updated).toHaveLength(1);
    const { chunks } = await storedChunks();
    expect(chunks.some((chunk) => chunk.text.includes('in six months'))).toBe(true);
    expect(chunks.some((chunk) => chunk.text.includes('in twelve months'))).toBe(false);
  });

  it('lets the site win over the parser on the committee and date, and logs it', async () => {
    const committees = councilCommittees();
    // The paper's own heading names another body and date than the site's listing.
    committees[0]!.meetings[0]!.items[0]!.documents[0]!.pages = [
      minutesPages[0]!.replace('CABINET', 'EXECUTIVE BOARD').replace('Tuesday 4 March 2025', 'Tuesday 11 March 2025'),
      minutesPages[1]!,
    ];
    await start({ committees });
    await sync();
    const { chunks } = await storedChunks();
    const minutes = chunks.filter((chunk) => chunk.minute === '88');
    expect(minutes[0]).toMatchObject({ committee: 'Cabinet', meetingDate: '2025-03-04' });
    expect(logs).toContainEqual(
      expect.objectContaining({
        msg: expect.stringContaining('the site wins'),
        field: 'meetingDate',
        site: '2025-03-04',
      }),
    );
  });

  it('names the committees there are when asked for one the site does not have', async () => {
    await start();
    await expect(sync({ committees: ['Planning'] })).rejects.toThrow(
      'No committee "Planning" on the site; it lists: Cabinet',
    );
  });
});

describe('syncSite without a site', () => {
  it('rejects what is not a site URL', async () => {
    await expect(
      syncSite({
        site: 'democracy',
        since: '2025-01-01',
        until: '2025-12-31',
        cacheDir: dataDir,
        ingest: {
          location: { dataDir },
          embedder: localEmbedder,
          chunking: { size: 1200, overlap: 150 },
          logger: createSilentLogger(),
        },
      }),
    ).rejects.toThrow('Not a site URL: "democracy"');
  });
});

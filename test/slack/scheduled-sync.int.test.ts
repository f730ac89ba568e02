import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shiftDate, toIsoDay } from '../../src/core/dates.js';
import { createSilentLogger } from '../../src/core/logger.js';
import { startSyncSchedule } from '../../src/slack/jobs/start-slack-sync.js';
import { openIndexStore } from '../../src/store/open-index-store.js';
import { councilCommittees } from '../support/council-site-papers.js';
import { localEmbedder } from '../support/local-embedder.js';
import { type ModernGovSite, startModernGovSite } from '../support/moderngov-site.js';

let dataDir: string;
let site: ModernGovSite;
const saved = { ...process.env };

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'quorum-scheduled-sync-'));
  const committees = councilCommittees();
  // The bot syncs the last twelve months: the meeting is ten days ago.
  committees[0]!.meetings[0]!.date = shiftDate(toIsoDay(new Date()), -10);
  site = await startModernGovSite({ committees });
  // The sync command is a child process reading the bot's environment, as in production.
  Object.assign(process.env, {
    QUORUM_DATA_DIR: dataDir,
    QUORUM_EMBEDDER: 'local',
    OPENAI_API_KEY: '',
    OPENAI_BASE_URL: '',
  });
});

afterAll(async () => {
  process.env = saved;
  await site?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('the bot’s scheduled sync', () => {
  it('runs the sync command for each site, then the watches', async () => {
    const order: string[] = [];
    const schedule = startSyncSchedule({
      config: {
        sync: { sites: [site.url], committees: ['Cabinet'], cron: '0 6 * * *', timeoutMs: 5_000 },
        digest: { channels: [], cron: '0 8 * * 1-5', timezone: 'Europe/London', postWhenEmpty: false },
      },
      logger: createSilentLogger(),
      afterSync: async () => {
        order.push(`watches after ${site.downloads().length} downloads`);
      },
    });
    await schedule.run();
    schedule.stop();
    expect(order).toEqual(['watches after 2 downloads']);
    const store = await openIndexStore({ location: { dataDir }, embedder: localEmbedder });
    try {
      expect((await store.listDocuments()).map((document) => document.url).sort()).toEqual([
        `${site.url}/mgConvert2PDF.aspx?ID=7001`,
        `${site.url}/mgConvert2PDF.aspx?ID=7002`,
      ]);
    } finally {
      await store.close();
    }
  }, 120_000);
});

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusIndex, type CorpusIndex } from '../../test/support/build-corpus-index.js';
import { createCapturingLogger } from '../../test/support/capturing-logger.js';
import type { Config } from '../config.js';
import { localEmbedderDimensions, localEmbedderName } from '../embeddings/local-hash-embeddings.js';
import type { IndexStore } from '../store/index-store.js';
import { openSqliteStore } from '../store/sqlite-store/open-sqlite-store.js';
import { runDueDigests } from './run-due-digests.js';
import { startDigestSchedule } from './schedule-digests.js';

// Weekdays at 08:00 London: in September 2024 (summer time) that is 07:00 UTC.
let index: CorpusIndex;
let store: IndexStore;
let clock: Date;
const posts: { channel: string; markdown: string; at: string }[] = [];
const { logger } = createCapturingLogger();

const digestConfig = (overrides: Partial<Config['digest']> = {}): Pick<Config, 'dataDir' | 'digest'> => ({
  dataDir: index.dataDir,
  digest: {
    channels: ['C-DIGEST'],
    cron: '0 8 * * 1-5',
    timezone: 'Europe/London',
    postWhenEmpty: false,
    ...overrides,
  },
});
const options = (overrides: Partial<Config['digest']> = {}) => ({
  config: digestConfig(overrides),
  store,
  logger,
  now: () => clock,
  postMessage: async (channel: string, markdown: string) => {
    posts.push({ channel, markdown, at: clock.toISOString() });
  },
});
/** One process lifetime: start (which catches up), then stop. */
const restartAt = async (iso: string, overrides: Partial<Config['digest']> = {}) => {
  clock = new Date(iso);
  const schedule = await startDigestSchedule(options(overrides));
  schedule.stop();
};
const ingestAt = (path: string, iso: string) => index.ingest([path], () => new Date(iso));

beforeAll(async () => {
  index = await buildCorpusIndex({
    paths: ['corpus/001_10f830cb2e8bf681.txt'],
    now: () => new Date('2024-09-02T05:00:00Z'),
  });
  store = openSqliteStore({
    dataDir: index.dataDir,
    embedder: { name: localEmbedderName, dimensions: localEmbedderDimensions },
  });
});

afterAll(async () => {
  await store?.close();
  await index?.cleanup();
});

describe('startDigestSchedule', () => {
  it('posts once per due time across restarts, never twice, and nothing on a day with nothing new', async () => {
    // First start ever: the channel starts from now and nothing is posted.
    await restartAt('2024-09-02T06:30:00Z');
    expect(posts).toEqual([]);

    // Papers arrive; the bot is down over Monday's 08:00 and comes back at 08:30: one catch-up post.
    await ingestAt('corpus/000_71088af9a53d8a0a.txt', '2024-09-02T06:45:00Z');
    await restartAt('2024-09-02T07:30:00Z');
    expect(posts.map((post) => post.at)).toEqual(['2024-09-02T07:30:00.000Z']);
    expect(posts[0]?.channel).toBe('C-DIGEST');
    expect(posts[0]?.markdown).toMatch(/^# What's new since 2 September 2024, 06:30 UTC/);
    expect(posts[0]?.markdown).toContain('Improving Lives Select Commission, 5 December 2023');
    expect(posts[0]?.markdown).not.toContain('15 January 2019');

    // Restarting again the same morning repeats nothing.
    await restartAt('2024-09-02T07:40:00Z');
    clock = new Date('2024-09-02T07:50:00Z');
    await runDueDigests(options());
    expect(posts).toHaveLength(1);

    // Down from Monday until Wednesday 10:00 with new papers: Tuesday's and Wednesday's runs become one post.
    await ingestAt('corpus/004_8c880aa5829d452d.txt', '2024-09-03T10:00:00Z');
    await restartAt('2024-09-04T09:00:00Z');
    expect(posts).toHaveLength(2);
    expect(posts[1]?.markdown).toContain('Improving Lives Select Commission, 17 September 2024');
    expect(posts[1]?.markdown).not.toContain('5 December 2023');

    // Thursday's run finds nothing new: nothing is posted, but the run is recorded.
    clock = new Date('2024-09-05T07:00:00Z');
    await runDueDigests(options());
    expect(posts).toHaveLength(2);
    const state = JSON.parse(await readFile(join(index.dataDir, 'digest-state.json'), 'utf8'));
    expect(state).toEqual({ lastRun: { 'C-DIGEST': '2024-09-05T07:00:00.000Z' } });
    expect((await readdir(index.dataDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('posts the one-line notice on an empty day when configured to', async () => {
    const before = posts.length;
    await restartAt('2024-09-06T07:05:00Z', { postWhenEmpty: true });
    expect(posts.slice(before).map((post) => post.markdown)).toEqual([
      'Nothing new since 5 September 2024, 07:00 UTC.',
    ]);
  });

  it('keeps the last time when a post fails, so the next run covers it', async () => {
    const statePath = join(index.dataDir, 'digest-state.json');
    await writeFile(statePath, JSON.stringify({ lastRun: { 'C-DIGEST': '2024-09-06T07:05:00.000Z' } }));
    await ingestAt('corpus/002_9be5cb5516d64b0d.txt', '2024-09-06T12:00:00Z');
    clock = new Date('2024-09-09T07:00:00Z');
    const failing = { ...options(), postMessage: async () => Promise.reject(new Error('slack down')) };
    expect(await runDueDigests(failing)).toEqual({ posted: [] });
    expect(JSON.parse(await readFile(statePath, 'utf8')).lastRun['C-DIGEST']).toBe('2024-09-06T07:05:00.000Z');
    clock = new Date('2024-09-10T07:00:00Z');
    expect(await runDueDigests(options())).toEqual({ posted: ['C-DIGEST'] });
    expect(posts.at(-1)?.markdown).toContain('29 October 2024');
  });

  it('refuses a malformed pattern or timezone before posting anything', async () => {
    const before = posts.length;
    for (const overrides of [{ cron: 'every morning' }, { timezone: 'Mars/Olympus_Mons' }]) {
      await expect(startDigestSchedule(options(overrides))).rejects.toMatchObject({ code: 'config_invalid' });
    }
    expect(posts.length).toBe(before);
  });

  it('runs on its cron pattern once started', async () => {
    const before = posts.length;
    await writeFile(
      join(index.dataDir, 'digest-state.json'),
      JSON.stringify({ lastRun: { 'C-EVERY-SECOND': '2000-01-01T00:00:00.000Z' } }),
    );
    const schedule = await startDigestSchedule({
      ...options({ channels: ['C-EVERY-SECOND'], cron: '* * * * * *', timezone: 'UTC', postWhenEmpty: true }),
      now: () => new Date(),
    });
    try {
      expect(posts.length).toBe(before + 1);
      await expect.poll(() => posts.length, { timeout: 4_000, interval: 50 }).toBeGreaterThan(before + 1);
    } finally {
      schedule.stop();
    }
    expect(posts.slice(before).every((post) => post.channel === 'C-EVERY-SECOND')).toBe(true);
  });
});

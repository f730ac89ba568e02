import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncSite } from '../../ingest/sync/sync-site.js';
import { createSilentLogger } from '../../src/core/logger.js';
import { startSlackWatches } from '../../src/slack/jobs/start-slack-watches.js';
import { createMinutesListener } from '../../src/slack/listeners/commands/minutes.js';
import type { IndexStore } from '../../src/store/index-store.js';
import { openIndexStore } from '../../src/store/open-index-store.js';
import { createWatchStore, type WatchStore } from '../../src/watches/watch-store.js';
import { councilCommittees } from '../support/council-site-papers.js';
import { localEmbedder } from '../support/local-embedder.js';
import { type ModernGovSite, startModernGovSite } from '../support/moderngov-site.js';
import { createSlackListenerKit, type SlackListenerKit } from '../support/slack-listener-kit.js';
import { type SlackStub, startSlackStub } from '../support/slack-stub.js';

let dataDir: string;
let site: ModernGovSite;
let stub: SlackStub;
let kit: SlackListenerKit;
let watchStore: WatchStore;
let store: IndexStore | undefined;
const channelScopes = { 'C-PLANNING': { committees: ['Planning Committee'], allowExempt: false } };

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'quorum-watches-'));
  site = await startModernGovSite({ committees: councilCommittees() });
  stub = await startSlackStub();
  watchStore = createWatchStore({ dataDir });
  kit = await createSlackListenerKit({ dependencies: { watchStore }, slack: { channelScopes } });
});

afterAll(async () => {
  await store?.close();
  await site?.close();
  await stub?.close();
  await kit?.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function command(text: string, channel: string) {
  const responses: { text?: string; response_type?: string }[] = [];
  await createMinutesListener(kit.services)({
    command: { text, user_id: 'U1', channel_id: channel },
    ack: async () => {},
    respond: async (message) => {
      responses.push(message);
    },
  });
  return responses;
}

async function syncAndRunWatches(): Promise<void> {
  await syncSite({
    site: site.url,
    since: '2024-06-01',
    until: '2025-05-31',
    cacheDir: join(dataDir, 'sync'),
    ingest: {
      location: { dataDir },
      embedder: localEmbedder,
      chunking: { size: 1200, overlap: 150 },
      logger: createSilentLogger(),
      workers: false,
    },
    fetcher: { timeoutMs: 2_000, backoffMs: 10, delayMs: 0 },
  });
  store ??= await openIndexStore({ location: { dataDir }, embedder: localEmbedder });
  const watches = startSlackWatches({
    config: {
      watch: { cron: '0 0 1 1 *' },
      digest: { channels: [], cron: '', timezone: 'Europe/London', postWhenEmpty: false },
      slack: {
        ...kit.services,
        port: 0,
        rateLimitPerMinute: 1,
        maxConcurrentAnswers: 1,
        maxQueuedAnswers: 1,
        channelScopes,
      },
    },
    store,
    watches: watchStore,
    // The real WebClient the bot uses, against the Slack API stand-in.
    client: new webApi.WebClient('xoxb-test', { slackApiUrl: stub.apiUrl, retryConfig: { retries: 0 } }),
    logger: createSilentLogger(),
  });
  await watches.run();
  watches.stop();
}

const postsTo = (channel: string) => stub.callsTo('chat.postMessage').filter((call) => call.params.channel === channel);

describe('topic watches', () => {
  it('are made, listed and stopped with /minutes, and announced in the channel', async () => {
    const made = await command('watch library opening hours', 'C-LIBRARIES');
    expect(made[0]).toMatchObject({
      response_type: 'in_channel',
      text: expect.stringContaining('library opening hours'),
    });
    await command('watch bin collections', 'C-LIBRARIES');
    await command('watch library opening hours', 'C-PLANNING');
    await command('watch temporary', 'C-LIBRARIES');
    expect((await command('watches', 'C-LIBRARIES'))[0]?.text).toMatch(
      /1\. \*library opening hours\*.*\n2\. \*bin collections\*.*\n3\. \*temporary\*/,
    );
    expect((await command('unwatch 3', 'C-LIBRARIES'))[0]?.text).toContain('stopped watching *temporary*');
    expect((await command('unwatch 9', 'C-LIBRARIES'))[0]?.text).toContain('There is no watch 9');
    expect((await watchStore.list('C-LIBRARIES')).map((watch) => watch.topic)).toEqual([
      'library opening hours',
      'bin collections',
    ]);
  });

  it('post the matching passages of a sync once, grouped by meeting and cited with a link to the page; nothing when nothing matched', async () => {
    await syncAndRunWatches();
    // One message for the matching watch; none for "bin collections", none in a channel scoped to Planning.
    expect(stub.callsTo('chat.postMessage')).toHaveLength(1);
    const text = String(postsTo('C-LIBRARIES')[0]?.params.text);
    expect(text).toContain('library opening hours');
    expect(text).toContain('Cabinet, 4 March 2025');
    expect(text).toContain('extended library opening hours be approved');
    expect(text).toContain(`${site.url}/mgConvert2PDF.aspx?ID=7001#page=2`);

    // A second sync brings nothing new: nothing is posted.
    await syncAndRunWatches();
    expect(stub.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('post a changed paper only for its new passages', async () => {
    site.changeDocument('7001', [
      'CABINET\n\nTuesday 4 March 2025\n\nPresent:- Councillor Ashworth (in the Chair); Councillor Bellamy.\n\n87. MINUTES OF THE PREVIOUS MEETING\n\nResolved:- That the minutes be approved.',
      '88. LIBRARY OPENING HOURS\n\nThe Cabinet considered proposals to extend the opening hours of the central library on Sunday mornings as well.\n\nResolved:- That the extended library opening hours on Sundays be approved.',
    ]);
    await syncAndRunWatches();
    expect(postsTo('C-LIBRARIES')).toHaveLength(2);
    const text = String(postsTo('C-LIBRARIES')[1]?.params.text);
    expect(text).toContain('extended library opening hours on Sundays be approved');
    expect(text).not.toContain('Saturday');
  });
});

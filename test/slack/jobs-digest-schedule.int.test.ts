import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.js';
import { createSilentLogger } from '../../src/core/logger.js';
import { openQuorum, type Quorum } from '../../src/open-quorum.js';
import { startSlackDigests } from '../../src/slack/jobs/start-slack-digests.js';
import { buildCorpusIndex, type CorpusIndex } from '../support/build-corpus-index.js';
import { type SlackStub, startSlackStub } from '../support/slack-stub.js';

// Weekdays at 08:00 London; in September 2024 (summer time) that is 07:00 UTC.
let index: CorpusIndex;
let quorum: Quorum;
let stub: SlackStub;
let client: webApi.WebClient;
let config: Pick<Config, 'dataDir' | 'digest' | 'slack'>;

beforeAll(async () => {
  index = await buildCorpusIndex({
    paths: ['corpus/001_10f830cb2e8bf681.txt'],
    now: () => new Date('2024-09-02T05:00:00Z'),
  });
  quorum = await openQuorum({ config: index.config, logger: createSilentLogger() });
  stub = await startSlackStub();
  // The same client Bolt builds for the app: the real WebClient, here against the stub.
  client = new webApi.WebClient('xoxb-test', { slackApiUrl: stub.apiUrl, retryConfig: { retries: 0 } });
  config = {
    dataDir: index.dataDir,
    digest: {
      channels: ['C-DIGEST', 'C-CABINET'],
      cron: '0 8 * * 1-5',
      timezone: 'Europe/London',
      postWhenEmpty: false,
    },
    // A channel limited to another committee sees none of these papers, so it gets no digest.
    slack: { ...index.config.slack, channelScopes: { 'C-CABINET': { committees: ['Cabinet'], allowExempt: false } } },
  };
});

afterAll(async () => {
  await quorum?.close();
  await stub?.close();
  await index?.cleanup();
});

/** One process lifetime over the same data directory: start (which catches up), then stop. */
async function restartAt(iso: string): Promise<void> {
  const schedule = await startSlackDigests({
    config,
    store: quorum.store,
    client,
    logger: createSilentLogger(),
    now: () => new Date(iso),
  });
  schedule.stop();
}
const postsTo = (channel: string) => stub.callsTo('chat.postMessage').filter((call) => call.params.channel === channel);
const textOf = (channel: string, at: number) => String(postsTo(channel)[at]?.params.text ?? '');

describe('scheduled digests in Slack', () => {
  it('posts each due digest to its channel through chat.postMessage exactly once across restarts', async () => {
    await restartAt('2024-09-02T06:30:00Z');
    expect(stub.callsTo('chat.postMessage')).toHaveLength(0);

    await index.ingest(['corpus/000_71088af9a53d8a0a.txt'], () => new Date('2024-09-02T06:45:00Z'));
    await restartAt('2024-09-02T07:30:00Z');
    expect(postsTo('C-DIGEST')).toHaveLength(1);
    expect(textOf('C-DIGEST', 0)).toMatch(/^\*What's new since 2 September 2024, 06:30 UTC\*/);
    expect(textOf('C-DIGEST', 0)).toContain('Improving Lives Select Commission, 5 December 2023');
    expect(postsTo('C-DIGEST')[0]?.params.blocks).toEqual(expect.arrayContaining([expect.anything()]));

    await restartAt('2024-09-02T07:45:00Z');
    expect(postsTo('C-DIGEST')).toHaveLength(1);

    await index.ingest(['corpus/004_8c880aa5829d452d.txt'], () => new Date('2024-09-02T12:00:00Z'));
    await restartAt('2024-09-03T07:05:00Z');
    await restartAt('2024-09-03T07:10:00Z');
    expect(postsTo('C-DIGEST')).toHaveLength(2);
    expect(textOf('C-DIGEST', 1)).toContain('Improving Lives Select Commission, 17 September 2024');
    expect(textOf('C-DIGEST', 1)).not.toContain('5 December 2023');
    expect(postsTo('C-CABINET')).toHaveLength(0);
  });
});

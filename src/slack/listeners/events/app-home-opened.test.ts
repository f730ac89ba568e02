import { afterEach, describe, expect, it } from 'vitest';
import { createSlackListenerKit, type SlackListenerKit } from '../../../../test/support/slack-listener-kit.js';
import { createAppHomeOpenedListener } from './app-home-opened.js';

describe('app_home_opened listener', () => {
  let kit: SlackListenerKit;
  afterEach(() => kit.close());

  const opened = (tab: 'home' | 'messages') => ({
    event: { type: 'app_home_opened' as const, user: 'U1', channel: 'D1', tab, event_ts: '1.1' },
    client: kit.client,
  });

  it('publishes what Quorum knows and how to use it', async () => {
    kit = await createSlackListenerKit({
      dependencies: {
        describeSources: async () => ({
          committees: ['Improving Lives Select Commission'],
          meetings: [
            {
              committee: 'Improving Lives Select Commission',
              date: '2023-10-31',
              kinds: ['minutes'],
              sources: ['a.txt'],
            },
          ],
          paperCount: 7,
          documentCount: 2,
          chunkCount: 90,
          firstMeeting: '2019-01-15',
          lastMeeting: '2023-10-31',
          lastIngestAt: '2024-05-03T14:05:00.000Z',
        }),
      },
    });
    const listener = createAppHomeOpenedListener(kit.services);
    await listener(opened('messages'));
    await listener(opened('home'));
    const publishes = kit.stub.callsTo('views.publish');
    expect(publishes).toHaveLength(1);
    const view = JSON.stringify(publishes[0]?.params.view);
    expect(publishes[0]?.params.user_id).toBe('U1');
    for (const fact of [
      'Improving Lives Select Commission',
      '*Meetings:* 1 (15 Jan 2019 to 31 Oct 2023)',
      '*Papers:* 7 in 2 documents',
      '3 May 2024, 14:05 UTC',
      '/minutes ask',
    ]) {
      expect(view).toContain(fact);
    }
  });

  it('logs and tells the user when something throws', async () => {
    kit = await createSlackListenerKit({
      dependencies: {
        describeSources: () => {
          throw new Error('index locked');
        },
      },
    });
    await createAppHomeOpenedListener(kit.services)(opened('home'));
    const view = JSON.stringify(kit.stub.callsTo('views.publish')[0]?.params.view);
    const referenceId = view.match(/reference `(\w+)`/)?.[1];
    expect(referenceId).toBeDefined();
    expect(kit.logs).toContainEqual(
      expect.objectContaining({ referenceId, err: expect.objectContaining({ message: 'index locked' }) }),
    );
  });

  it('logs when Slack refuses the view', async () => {
    kit = await createSlackListenerKit();
    kit.stub.failNext('views.publish', 'invalid_blocks');
    await createAppHomeOpenedListener(kit.services)(opened('home'));
    expect(kit.logs.some((entry) => entry.level === 50 && JSON.stringify(entry.err).includes('invalid_blocks'))).toBe(
      true,
    );
  });
});

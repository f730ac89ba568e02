import { afterEach, describe, expect, it } from 'vitest';
import { createSlackListenerKit, type SlackListenerKit } from '../../../../test/support/slack-listener-kit.js';
import { createAppMentionListener } from './app-mention.js';

describe('app_mention listener', () => {
  let kit: SlackListenerKit;
  afterEach(() => kit.close());

  const mention = (overrides: Record<string, unknown> = {}, eventId = 'Ev1') => ({
    event: {
      type: 'app_mention' as const,
      user: 'U1',
      text: '<@UQUORUM> what was resolved?',
      ts: '100.1',
      channel: 'C1',
      event_ts: '100.1',
      ...overrides,
    },
    body: { event_id: eventId },
    client: kit.client,
  });

  it('answers in the thread with a progress reaction that is removed afterwards', async () => {
    kit = await createSlackListenerKit();
    await createAppMentionListener(kit.services)(mention());
    const [post] = kit.stub.callsTo('chat.postMessage');
    expect(post?.params).toMatchObject({ channel: 'C1', thread_ts: '100.1' });
    expect(JSON.stringify(post?.params.blocks)).toContain('15 Jan 2019 · Minute 49 — Domestic Abuse Update');
    expect(kit.stub.calls.map((call) => call.method)).toEqual([
      'reactions.add',
      'chat.postMessage',
      'reactions.remove',
    ]);
    expect(kit.requests[0]).toMatchObject({ question: 'what was resolved?', history: [] });
  });

  it('ignores bot posts and edits, and answers a redelivered event once', async () => {
    kit = await createSlackListenerKit();
    const listener = createAppMentionListener(kit.services);
    await listener(mention({ bot_id: 'B9' }, 'Ev2'));
    await listener(mention({ edited: { user: 'U1', ts: '101.1' } }, 'Ev3'));
    await listener(mention({}, 'Ev4'));
    await listener(mention({}, 'Ev4'));
    await listener(mention({}, 'Ev5'));
    expect(kit.stub.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it("applies the channel's scope and never includes exempt papers by default", async () => {
    kit = await createSlackListenerKit({
      slack: { channelScopes: { C2: { committees: ['Cabinet'], allowExempt: true } } },
    });
    const listener = createAppMentionListener(kit.services);
    await listener(mention({ channel: 'C2', ts: '200.1' }, 'Ev6'));
    await listener(mention({ channel: 'C3', ts: '300.1' }, 'Ev7'));
    expect(kit.requests.map((request) => request.filters)).toEqual([
      { committees: ['Cabinet'], includeExempt: true },
      { includeExempt: false },
    ]);
  });

  it('tells a user over the rate limit to try again shortly', async () => {
    kit = await createSlackListenerKit({ slack: { rateLimitPerMinute: 1 } });
    const listener = createAppMentionListener(kit.services);
    await listener(mention({ ts: '400.1' }, 'Ev8'));
    await listener(mention({ ts: '401.1' }, 'Ev9'));
    expect(kit.requests).toHaveLength(1);
    expect(String(kit.stub.callsTo('chat.postMessage')[1]?.params.text)).toContain('try again shortly');
  });

  it('replies with help to a bare mention', async () => {
    kit = await createSlackListenerKit();
    await createAppMentionListener(kit.services)(mention({ text: '<@UQUORUM>' }));
    expect(kit.requests).toHaveLength(0);
    expect(String(kit.stub.callsTo('chat.postMessage')[0]?.params.text)).toContain('/minutes ask');
  });

  it('logs and tells the user when something throws', async () => {
    kit = await createSlackListenerKit({ answerQuestion: () => Promise.reject(new Error('index unreadable')) });
    await createAppMentionListener(kit.services)(mention());
    const text = String(kit.stub.callsTo('chat.postMessage')[0]?.params.text);
    const referenceId = text.match(/reference `(\w+)`/)?.[1];
    expect(referenceId).toBeDefined();
    expect(kit.logs).toContainEqual(
      expect.objectContaining({
        level: 50,
        referenceId,
        err: expect.objectContaining({ message: 'index unreadable' }),
      }),
    );
    expect(kit.stub.callsTo('reactions.remove')).toHaveLength(1);
  });

  it('apologises when Slack rejects the answer itself', async () => {
    kit = await createSlackListenerKit();
    kit.stub.failNext('chat.postMessage', 'msg_too_long');
    await createAppMentionListener(kit.services)(mention());
    const posts = kit.stub.callsTo('chat.postMessage');
    expect(posts).toHaveLength(2);
    expect(String(posts[1]?.params.text)).toContain('Sorry');
    expect(kit.logs.some((entry) => entry.level === 50 && JSON.stringify(entry.err).includes('msg_too_long'))).toBe(
      true,
    );
  });
});

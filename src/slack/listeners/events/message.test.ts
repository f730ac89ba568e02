import type { types } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackListenerKit, type SlackListenerKit } from '../../../../test/support/slack-listener-kit.js';
import { createAppMentionListener } from './app-mention.js';
import { createMessageListener } from './message.js';

describe('message listener', () => {
  let kit: SlackListenerKit;
  afterEach(() => kit.close());

  const message = (overrides: Record<string, unknown>, eventId: string) => ({
    event: {
      type: 'message',
      channel_type: 'im',
      channel: 'D1',
      user: 'U1',
      text: 'what was resolved?',
      ts: '100.1',
      event_ts: '100.1',
      ...overrides,
    } as types.MessageEvent,
    body: { event_id: eventId },
    client: kit.client,
    context: { botUserId: 'UQUORUM' },
  });

  it('answers a DM at the top level and carries the DM conversation into the next question', async () => {
    kit = await createSlackListenerKit();
    const listener = createMessageListener(kit.services);
    await listener(message({}, 'Ev1'));
    await listener(message({ text: 'and who presented it?', ts: '101.1' }, 'Ev2'));
    const posts = kit.stub.callsTo('chat.postMessage');
    expect(posts).toHaveLength(2);
    expect(posts[0]?.params.thread_ts).toBeUndefined();
    expect(kit.requests[1]?.history).toEqual([
      { role: 'user', text: 'what was resolved?' },
      { role: 'assistant', text: 'It was resolved that the report be **noted** [1].' },
    ]);
  });

  it('follows up only in channel threads it has answered in', async () => {
    kit = await createSlackListenerKit();
    const listener = createMessageListener(kit.services);
    const channelMessage = { channel_type: 'channel', channel: 'C1' };
    await listener(message({ ...channelMessage, ts: '200.1' }, 'Ev3'));
    await listener(message({ ...channelMessage, ts: '201.1', thread_ts: '200.1' }, 'Ev4'));
    expect(kit.stub.callsTo('chat.postMessage')).toHaveLength(0);
    await createAppMentionListener(kit.services)({
      event: {
        type: 'app_mention',
        user: 'U1',
        text: '<@UQUORUM> resolved?',
        ts: '300.1',
        channel: 'C1',
        event_ts: '300.1',
      },
      body: { event_id: 'Ev5' },
      client: kit.client,
    });
    await listener(
      message({ ...channelMessage, text: '<@UALICE> what do you think?', ts: '302.1', thread_ts: '300.1' }, 'Ev11'),
    );
    await listener(message({ ...channelMessage, text: 'and then?', ts: '301.1', thread_ts: '300.1' }, 'Ev6'));
    const posts = kit.stub.callsTo('chat.postMessage');
    expect(posts).toHaveLength(2);
    expect(posts[1]?.params.thread_ts).toBe('300.1');
    expect(kit.requests[1]?.history).toHaveLength(2);
  });

  it('ignores edits, bot posts and other subtypes', async () => {
    kit = await createSlackListenerKit();
    const listener = createMessageListener(kit.services);
    await listener(message({ subtype: 'message_changed', ts: '400.1' }, 'Ev7'));
    await listener(message({ subtype: 'bot_message', bot_id: 'B1', ts: '401.1' }, 'Ev8'));
    await listener(message({ bot_id: 'B1', ts: '402.1' }, 'Ev9'));
    expect(kit.stub.calls).toHaveLength(0);
  });

  it('logs and tells the user when something throws', async () => {
    kit = await createSlackListenerKit({ answerQuestion: () => Promise.reject(new Error('embedder down')) });
    await createMessageListener(kit.services)(message({}, 'Ev10'));
    const text = String(kit.stub.callsTo('chat.postMessage')[0]?.params.text);
    const referenceId = text.match(/reference `(\w+)`/)?.[1];
    expect(referenceId).toBeDefined();
    expect(kit.logs).toContainEqual(
      expect.objectContaining({ referenceId, err: expect.objectContaining({ message: 'embedder down' }) }),
    );
  });
});

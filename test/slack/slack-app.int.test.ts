import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, AnswerRequest } from '../../src/answer/answer.js';
import type { Citation } from '../../src/core/citation.js';
import { slackPayloads } from '../support/slack-payloads.js';
import { sendSignedRequest } from '../support/slack-signed-request.js';
import type { StubCall } from '../support/slack-stub.js';
import { type SlackTestApp, startSlackTestApp, testSigningSecret } from '../support/start-slack-test-app.js';

const citation: Citation = {
  n: 1,
  committee: 'Improving Lives Select Commission',
  meetingDate: '2023-10-31',
  partKind: 'minutes',
  minute: '126',
  title: 'Elective Home Education Presentation',
  heading: 'Resolved',
  quote: 'Concerns about safeguarding implications be fed back in the consultation response.',
  source: '000_71088af9a53d8a0a.txt',
  start: 10,
  end: 90,
  line: 3,
};

// Stands in for the answerer where a test needs control over length or failure.
function answerFor(request: AnswerRequest): Answer {
  if (request.question.includes('explode')) throw new Error('answerer exploded');
  if (request.question.includes('everything')) {
    const paragraph = `${'The commission discussed the matter at length and agreed next steps [1]. '.repeat(30)}\n\n`;
    const citations = Array.from({ length: 60 }, (_, index) => ({ ...citation, n: index + 1 }));
    return { text: paragraph.repeat(25), citations, abstained: false, passages: [] };
  }
  return {
    text: 'It was resolved that **concerns** be fed back [1].',
    citations: [citation],
    abstained: false,
    passages: [],
  };
}

describe('Slack bot over HTTP', () => {
  let bot: SlackTestApp;
  const requests: AnswerRequest[] = [];

  beforeAll(async () => {
    bot = await startSlackTestApp({
      answerQuestion: async (request) => {
        requests.push(request);
        return answerFor(request);
      },
    });
  });
  afterAll(() => bot.stop());

  const signed = (body: string, contentType: 'application/json' | 'application/x-www-form-urlencoded', extra = {}) =>
    sendSignedRequest({ url: bot.eventsUrl, signingSecret: testSigningSecret, body, contentType, ...extra });
  const sendEvent = (event: Record<string, unknown>, eventId?: string, headers?: Record<string, string>) =>
    signed(slackPayloads.event(event, eventId), 'application/json', { headers });
  const postsIn = (channel: string) =>
    bot.stub.callsTo('chat.postMessage').filter((call) => call.params.channel === channel);
  const blocksOf = (call: StubCall | undefined) => JSON.stringify(call?.params.blocks ?? []);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
  const mention = (channel: string, ts: string, text = '<@UQUORUM> what was resolved?') =>
    sendEvent({ type: 'app_mention', user: 'U0001', text, ts, channel });

  it('answers a mention in its thread with the citation, showing progress meanwhile', async () => {
    expect((await mention('C0001', '1700000100.000100')).status).toBe(200);
    await bot.stub.waitFor(() => bot.stub.callsTo('reactions.remove').length > 0);
    const [post] = postsIn('C0001');
    expect(post?.params.thread_ts).toBe('1700000100.000100');
    expect(post?.params.text).toContain('concerns');
    expect(blocksOf(post)).toContain(
      '[1] Improving Lives Select Commission · 31 Oct 2023 · Minute 126 — Elective Home',
    );
    expect(bot.stub.callsTo('reactions.add')[0]?.params).toMatchObject({
      name: 'hourglass_flowing_sand',
      timestamp: '1700000100.000100',
    });
    expect(requests.at(-1)).toMatchObject({ question: 'what was resolved?', filters: { includeExempt: false } });
  });

  it('answers a DM in the DM', async () => {
    await sendEvent({
      type: 'message',
      channel_type: 'im',
      channel: 'D0001',
      user: 'U0001',
      text: 'what was resolved?',
      ts: '1700000200.000100',
    });
    await bot.stub.waitFor(() => postsIn('D0001').length > 0);
    expect(postsIn('D0001')[0]?.params.thread_ts).toBeUndefined();
    expect(blocksOf(postsIn('D0001')[0])).toContain('Minute 126');
  });

  it('answers a follow-up in an answered thread without a mention, passing the history', async () => {
    await mention('C0002', '1700000300.000100', '<@UQUORUM> what was resolved on home education?');
    await bot.stub.waitFor(() => postsIn('C0002').length === 1);
    await sendEvent({
      type: 'message',
      channel_type: 'channel',
      channel: 'C0002',
      user: 'U0001',
      text: 'and who raised it?',
      ts: '1700000301.000100',
      thread_ts: '1700000300.000100',
    });
    await bot.stub.waitFor(() => postsIn('C0002').length === 2);
    expect(postsIn('C0002')[1]?.params.thread_ts).toBe('1700000300.000100');
    expect(requests.at(-1)?.history).toEqual([
      { role: 'user', text: 'what was resolved on home education?' },
      { role: 'assistant', text: 'It was resolved that **concerns** be fed back [1].' },
    ]);
    await sendEvent({
      type: 'message',
      channel_type: 'channel',
      channel: 'C0002',
      user: 'U0001',
      text: 'unrelated chat',
      ts: '1700000302.000100',
      thread_ts: '1700000299.000100',
    });
    await settle();
    expect(postsIn('C0002')).toHaveLength(2);
  });

  it('answers /minutes through response_url: ephemeral by default, in channel with --share', async () => {
    const ask = await signed(
      slackPayloads.command('ask what was resolved?', bot.stub.responseUrl('ask')),
      'application/x-www-form-urlencoded',
    );
    expect(ask.status).toBe(200);
    const shared = await signed(
      slackPayloads.command('--share what was resolved?', bot.stub.responseUrl('shared')),
      'application/x-www-form-urlencoded',
    );
    expect(shared.status).toBe(200);
    await signed(
      slackPayloads.command('brief 31 Oct 2023', bot.stub.responseUrl('brief')),
      'application/x-www-form-urlencoded',
    );
    const responseTo = (id: string) => bot.stub.responses.find((response) => response.path === `/response/${id}`);
    await bot.stub.waitFor(() => ['ask', 'shared', 'brief'].every((id) => responseTo(id)));
    expect(responseTo('ask')?.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(responseTo('ask')?.body.blocks)).toContain('31 Oct 2023 · Minute 126');
    expect(responseTo('shared')?.body.response_type).toBe('in_channel');
    expect(responseTo('brief')?.body.text).toContain('not built yet');
  });

  it("answers Slack's URL verification challenge", async () => {
    const response = await signed(
      JSON.stringify({ type: 'url_verification', challenge: 'challenge-123', token: 't' }),
      'application/json',
    );
    expect(response).toMatchObject({ status: 200 });
    expect(response.body).toContain('challenge-123');
  });

  it('rejects a bad signature and a stale timestamp with 401', async () => {
    const body = slackPayloads.event({
      type: 'app_mention',
      user: 'U0001',
      text: '<@UQUORUM> hi',
      ts: '1700000400.000100',
      channel: 'C0004',
    });
    expect((await signed(body, 'application/json', { signature: 'v0=deadbeef' })).status).toBe(401);
    const stale = Math.floor(Date.now() / 1000) - 10 * 60;
    expect((await signed(body, 'application/json', { timestamp: stale })).status).toBe(401);
    await settle();
    expect(postsIn('C0004')).toHaveLength(0);
  });

  it('rejects a correctly signed request stamped more than five minutes in the future', async () => {
    const body = slackPayloads.event({
      type: 'app_mention',
      user: 'U0001',
      text: '<@UQUORUM> what was resolved?',
      ts: '1700000450.000100',
      channel: 'C0014',
    });
    const now = Math.floor(Date.now() / 1000);
    expect((await signed(body, 'application/json', { timestamp: now + 6 * 60 })).status).toBe(401);
    expect((await signed(body, 'application/json', { timestamp: now + 365 * 24 * 3600 })).status).toBe(401);
    await settle();
    expect(postsIn('C0014')).toHaveLength(0);
    // A clock a little ahead of ours is still within Slack's tolerance.
    expect((await signed(body, 'application/json', { timestamp: now + 60 })).status).toBe(200);
  });

  it('answers once when Slack retries a delivery', async () => {
    const event = {
      type: 'app_mention',
      user: 'U0001',
      text: '<@UQUORUM> what was resolved?',
      ts: '1700000500.000100',
      channel: 'C0005',
    };
    await sendEvent(event, 'EvRetry1');
    await sendEvent(event, 'EvRetry1', { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    await bot.stub.waitFor(() => postsIn('C0005').length > 0);
    await settle();
    expect(postsIn('C0005')).toHaveLength(1);
  });

  it('answers once when a mention arrives as both app_mention and message', async () => {
    await mention('C0006', '1700000600.000100');
    await bot.stub.waitFor(() => postsIn('C0006').length === 1);
    const followUp = {
      user: 'U0001',
      text: '<@UQUORUM> and then?',
      ts: '1700000601.000100',
      thread_ts: '1700000600.000100',
      channel: 'C0006',
    };
    await Promise.all([
      sendEvent({ type: 'app_mention', ...followUp }),
      sendEvent({ type: 'message', channel_type: 'channel', ...followUp }),
    ]);
    await bot.stub.waitFor(() => postsIn('C0006').length === 2);
    await settle();
    expect(postsIn('C0006')).toHaveLength(2);
  });

  it('stores a feedback click and shows quotes on request', async () => {
    await mention('C0007', '1700000700.000100');
    await bot.stub.waitFor(() => postsIn('C0007').length === 1);
    const blocks = postsIn('C0007')[0]?.params.blocks as Array<{
      elements?: Array<{ action_id?: string; value?: string }>;
    }>;
    const buttons = blocks.flatMap((block) => block.elements ?? []);
    const answerId = buttons.find((button) => button.action_id === 'feedback_down')?.value;
    expect(answerId).toBeDefined();
    const form = 'application/x-www-form-urlencoded';
    await signed(
      slackPayloads.buttonPress('feedback_down', String(answerId), bot.stub.responseUrl('vote'), 'C0007'),
      form,
    );
    await signed(
      slackPayloads.buttonPress('show_quotes', String(answerId), bot.stub.responseUrl('quotes'), 'C0007'),
      form,
    );
    const responseTo = (id: string) => bot.stub.responses.find((response) => response.path === `/response/${id}`);
    await bot.stub.waitFor(() => Boolean(responseTo('vote') && responseTo('quotes')));
    expect(responseTo('vote')?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(responseTo('vote')?.body.text)).toContain('Thanks');
    expect(JSON.stringify(responseTo('quotes')?.body.blocks)).toContain('safeguarding implications');
    const { votes } = await bot.feedbackStore.readVotes();
    expect(votes).toContainEqual(
      expect.objectContaining({
        answerId,
        vote: 'down',
        question: 'what was resolved?',
        user: 'U0001',
        channel: 'C0007',
      }),
    );
    expect(votes.at(-1)?.citations[0]?.minute).toBe('126');
  });

  it('splits a long answer into several messages within Slack limits, never inside a citation', async () => {
    await mention('C0008', '1700000800.000100', '<@UQUORUM> tell me everything');
    await bot.stub.waitFor(() => bot.stub.callsTo('reactions.remove').some((call) => call.params.channel === 'C0008'));
    const posts = postsIn('C0008');
    expect(posts.length).toBeGreaterThan(1);
    for (const post of posts) {
      const blocks = post.params.blocks as Array<{
        type: string;
        text?: { text: string };
        elements?: Array<{ text?: string }>;
      }>;
      expect(blocks.length).toBeLessThanOrEqual(50);
      expect(String(post.params.text).length).toBeGreaterThan(0);
      expect(String(post.params.text).length).toBeLessThanOrEqual(40_000);
      for (const block of blocks)
        if (block.type === 'section') expect(block.text?.text.length).toBeLessThanOrEqual(3000);
    }
    const citationLines = posts.flatMap((post) =>
      (post.params.blocks as Array<{ type: string; elements?: Array<{ text?: string }> }>)
        .filter((block) => block.type === 'context')
        .map((block) => block.elements?.[0]?.text ?? '')
        .filter((text) => text.startsWith('[')),
    );
    expect(citationLines).toHaveLength(60);
    for (const line of citationLines)
      expect(line).toMatch(
        /^\[\d+\] Improving Lives Select Commission · 31 Oct 2023 · Minute 126 — Elective Home Education Presentation$/,
      );
    expect(blocksOf(posts.at(-1))).toContain('feedback_up');
  });

  it('apologises with a reference id when the answerer throws, and logs that id', async () => {
    await mention('C0009', '1700000900.000100', '<@UQUORUM> explode please');
    await bot.stub.waitFor(() => postsIn('C0009').length > 0);
    const text = String(postsIn('C0009')[0]?.params.text);
    const referenceId = text.match(/reference `([0-9a-f]{8})`/)?.[1];
    expect(text).toContain('Sorry');
    expect(referenceId).toBeDefined();
    expect(bot.logs).toContainEqual(
      expect.objectContaining({ referenceId, err: expect.objectContaining({ message: 'answerer exploded' }) }),
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../src/core/logger.js';
import { openQuorum, type Quorum } from '../../src/open-quorum.js';
import { createJobWriters } from '../../src/slack/jobs/create-job-writers.js';
import { renderMarkdown } from '../../src/slack/render/render-markdown.js';
import { buildCorpusIndex, type CorpusIndex } from '../support/build-corpus-index.js';
import { slackPayloads } from '../support/slack-payloads.js';
import { sendSignedRequest } from '../support/slack-signed-request.js';
import type { StubCall } from '../support/slack-stub.js';
import { type SlackTestApp, startSlackTestApp, testSigningSecret } from '../support/start-slack-test-app.js';

// The briefing, digest and actions jobs over the bundled corpus, driven through the real Bolt app.
let index: CorpusIndex;
let quorum: Quorum;
let bot: SlackTestApp;
const clock = new Date('2024-11-04T09:00:00Z');

beforeAll(async () => {
  index = await buildCorpusIndex({ now: () => new Date('2024-11-01T06:00:00Z') });
  quorum = await openQuorum({ config: index.config, logger: createSilentLogger() });
  bot = await startSlackTestApp({
    answerQuestion: quorum.answerQuestion,
    dependencies: createJobWriters(quorum, () => clock),
  });
});

afterAll(async () => {
  await bot?.stop();
  await quorum?.close();
  await index?.cleanup();
});

type Reply = { text?: unknown; blocks?: unknown };
const textOf = (replies: Reply[]) =>
  replies
    .flatMap((reply) => (reply.blocks as { text?: { text: string } }[]) ?? [])
    .map((block) => block.text?.text ?? '')
    .join('\n');
const sendEvent = (event: Record<string, unknown>) =>
  sendSignedRequest({
    url: bot.eventsUrl,
    signingSecret: testSigningSecret,
    body: slackPayloads.event(event),
    contentType: 'application/json',
  });

/** Runs `/minutes <text>` and resolves to what the bot sent to the command's response_url. */
async function minutes(text: string, id: string): Promise<Reply[]> {
  const response = await sendSignedRequest({
    url: bot.eventsUrl,
    signingSecret: testSigningSecret,
    body: slackPayloads.command(text, bot.stub.responseUrl(id)),
    contentType: 'application/x-www-form-urlencoded',
  });
  expect(response.status).toBe(200);
  const mine = () => bot.stub.responses.filter((reply) => reply.path === `/response/${id}`);
  await bot.stub.waitFor(() => mine().length > 0, 20_000);
  // A long reply arrives as several messages: wait until no more land.
  for (let count = 0; count !== mine().length; ) {
    count = mine().length;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return mine().map((reply) => reply.body);
}

describe('/minutes jobs', () => {
  it('briefs on 5 December 2023, linking the domestic abuse item back to minute 49 of 15 January 2019', async () => {
    const text = textOf(await minutes('brief 2023-12-05', 'brief-dec'));
    expect(text).toContain('*Briefing: Improving Lives Select Commission, 5 December 2023*');
    expect(text).toContain('Item 9: Domestic Abuse Strategy 2022-2027 Update');
    expect(text).toMatch(/15 January 2019 · Minute 49 — Domestic Abuse Update/);
  });

  it('says in one line which meetings there are when the meeting is unknown', async () => {
    const replies = await minutes('brief 1 January 2030', 'brief-unknown');
    expect(replies).toHaveLength(1);
    const text = textOf(replies);
    expect(text).toMatch(/^No agenda found for .1 January 2030.\. Agendas indexed: 2023-12-05 .*2024-09-17/);
    expect(text).not.toContain('\n');
    expect(text).not.toMatch(/Sorry/);
  });

  it('digests everything since 2020 by meeting, and hints at the format for an unreadable date', async () => {
    const text = textOf(await minutes('digest 2020-01-01', 'digest'));
    expect(text).toContain("*What's new since 1 January 2020*");
    for (const meeting of ['5 December 2023', '31 October 2023', '17 September 2024', '15 January 2019'])
      expect(text).toContain(`Improving Lives Select Commission, ${meeting}`);
    const hint = textOf(await minutes('digest sometime soonish', 'digest-unreadable'));
    expect(hint).toMatch(/^I can't read "sometime soonish" as a date\. Try `\/minutes digest 2024-09-01`/);
  });

  it('tracks the request that the Peer Review Report be shared', async () => {
    const text = textOf(await minutes('actions peer review', 'actions'));
    expect(text).toContain('The Peer Review Report be shared with the Commission once it is in the public domain.');
    expect(text).toMatch(/31 October 2023 · Minute 125/);
  });
});

describe('"brief me on …" in conversation', () => {
  const postsIn = (channel: string) =>
    bot.stub.callsTo('chat.postMessage').filter((call) => call.params.channel === channel);
  const paramsOf = (calls: StubCall[]) => calls.map((call) => call.params);
  /** The reply is complete once the progress reaction on the user's message is removed. */
  const replied = (ts: string) =>
    bot.stub.waitFor(() => bot.stub.callsTo('reactions.remove').some((call) => call.params.timestamp === ts), 20_000);

  it('briefs a mention in its thread, and answers a follow-up there without a new mention', async () => {
    const ts = '1700003000.000100';
    await sendEvent({
      type: 'app_mention',
      user: 'U0001',
      text: '<@UQUORUM> brief me on the 17 September 2024 meeting',
      ts,
      channel: 'C0300',
    });
    await replied(ts);
    const replies = paramsOf(postsIn('C0300'));
    expect(replies.every((reply) => reply.thread_ts === ts)).toBe(true);
    const text = textOf(replies);
    expect(text).toContain('*Briefing: Improving Lives Select Commission, 17 September 2024*');
    expect(text).toContain('Item 7: Ofsted Focused Visit Outcome');
    expect(text).toMatch(/17 September 2024 — Ofsted Focused Visit to Rotherham's Children's Services/);

    const before = replies.length;
    await sendEvent({
      type: 'message',
      channel_type: 'channel',
      user: 'U0001',
      text: 'what did the Ofsted focused visit find?',
      ts: '1700003001.000100',
      thread_ts: ts,
      channel: 'C0300',
    });
    await replied('1700003001.000100');
    expect(postsIn('C0300').length).toBeGreaterThan(before);
    expect(postsIn('C0300').at(-1)?.params.thread_ts).toBe(ts);
    expect(textOf(paramsOf(postsIn('C0300').slice(before)))).not.toContain('*Briefing:');
  });

  it('briefs in a DM', async () => {
    await sendEvent({
      type: 'message',
      channel_type: 'im',
      user: 'U0001',
      text: 'briefing for 5 December 2023',
      ts: '1700003100.000100',
      channel: 'D0300',
    });
    await replied('1700003100.000100');
    const [reply] = paramsOf(postsIn('D0300'));
    expect(reply?.thread_ts).toBeUndefined();
    expect(textOf(paramsOf(postsIn('D0300')))).toContain('Item 9: Domestic Abuse Strategy 2022-2027 Update');
  });
});

describe('a briefing too long for a few messages', () => {
  let longBot: SlackTestApp;
  // Real briefings fit one message; this writer stands in to exceed five, which only a far bigger pack would.
  const item = (n: number) => `## Item ${n}: Topic ${n}\n\n${'A long paragraph about the topic [1]. '.repeat(70)}\n`;
  const longBriefing = `# Briefing: Test Committee, 1 March 2025\n\n${Array.from({ length: 120 }, (_, n) => item(n + 1)).join('\n')}`;

  beforeAll(async () => {
    longBot = await startSlackTestApp({
      answerQuestion: quorum.answerQuestion,
      dependencies: { brief: async () => longBriefing },
    });
  });
  afterAll(() => longBot?.stop());

  it('is uploaded to the thread as a markdown file with a short summary', async () => {
    expect(renderMarkdown(longBriefing).length).toBeGreaterThan(5);
    const ts = '1700004000.000100';
    await sendSignedRequest({
      url: longBot.eventsUrl,
      signingSecret: testSigningSecret,
      body: slackPayloads.event({
        type: 'app_mention',
        user: 'U0001',
        text: '<@UQUORUM> brief on next',
        ts,
        channel: 'C0400',
      }),
      contentType: 'application/json',
    });
    await longBot.stub.waitFor(() => longBot.stub.callsTo('files.completeUploadExternal').length > 0, 20_000);
    expect(longBot.stub.callsTo('files.getUploadURLExternal')[0]?.params).toMatchObject({
      filename: 'briefing-test-committee-1-march-2025.md',
    });
    expect(String(longBot.stub.uploads[0]?.body.raw)).toContain('## Item 120: Topic 120');
    const completion = longBot.stub.callsTo('files.completeUploadExternal')[0]?.params ?? {};
    expect(completion).toMatchObject({ channel_id: 'C0400', thread_ts: ts });
    expect(String(completion.initial_comment)).toMatch(
      /^Briefing: Test Committee, 1 March 2025\. Covers: Item 1: Topic 1; .*Item 8: Topic 8; and 112 more\./,
    );
    expect(longBot.stub.callsTo('chat.postMessage')).toHaveLength(0);
  });
});

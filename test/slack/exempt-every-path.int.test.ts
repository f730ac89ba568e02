import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../src/core/logger.js';
import { describeSources } from '../../src/meeting-papers/describe-sources.js';
import { openQuorum, type Quorum } from '../../src/open-quorum.js';
import { createJobWriters } from '../../src/slack/jobs/create-job-writers.js';
import { answerActionIds } from '../../src/slack/render/answer-action-ids.js';
import { buildCorpusIndex, type CorpusIndex } from '../support/build-corpus-index.js';
import { exemptReport, publicReport } from '../support/report-paper.js';
import { slackPayloads } from '../support/slack-payloads.js';
import { sendSignedRequest } from '../support/slack-signed-request.js';
import { type SlackTestApp, startSlackTestApp, testSigningSecret } from '../support/start-slack-test-app.js';

// An exempt report (the parser marks it from its summary sheet) for a meeting and a committee that have
// no public paper, beside public papers. Every user-facing path of an ordinary channel, a DM and the
// Home tab is walked; none may show the report, its figures, its committee or its meeting.
const exemptOnly = exemptReport
  .replaceAll('Improving Lives Select Commission', 'Secure Placements Panel')
  .replace('05 March 2024', '19 March 2024');
// The meeting as Quorum writes it: the brief command may echo the date the user typed, which is no leak.
const secrets = [
  'Oakridge House Secure Accommodation',
  '6,250',
  'Secure Placements Panel',
  '19 Mar 2024',
  '2024-03-19',
];
const privateChannel = 'CPRIVATE';

describe('exempt papers on every Slack path', () => {
  let folder: string;
  let index: CorpusIndex;
  let quorum: Quorum;
  let bot: SlackTestApp;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'quorum-exempt-slack-'));
    await writeFile(join(folder, 'exempt-report.txt'), exemptOnly);
    await writeFile(join(folder, 'public-report.txt'), publicReport);
    index = await buildCorpusIndex({ paths: [folder, 'corpus/000_71088af9a53d8a0a.txt'] });
    quorum = await openQuorum({ config: index.config, logger: createSilentLogger() });
    bot = await startSlackTestApp({
      answerQuestion: quorum.answerQuestion,
      describeSources: (filters) => describeSources(quorum.store, filters),
      dependencies: createJobWriters(quorum),
      slack: { channelScopes: { [privateChannel]: { allowExempt: true } } },
    });
  });
  afterAll(async () => {
    await bot?.stop();
    await quorum?.close();
    await index?.cleanup();
    await rm(folder, { recursive: true, force: true });
  });

  const send = (body: string, contentType: 'application/json' | 'application/x-www-form-urlencoded') =>
    sendSignedRequest({ url: bot.eventsUrl, signingSecret: testSigningSecret, body, contentType });
  const event = (payload: Record<string, unknown>) => send(slackPayloads.event(payload), 'application/json');
  const command = (text: string, id: string) =>
    send(slackPayloads.command(text, bot.stub.responseUrl(id), 'COPEN'), 'application/x-www-form-urlencoded');
  const postsIn = (channel: string) =>
    bot.stub.callsTo('chat.postMessage').filter((call) => call.params.channel === channel);
  const question = 'What is the weekly bed price for the Oakridge House secure accommodation contract?';

  it('the private channel allowed exempt papers does see the report (the walk below can fail)', async () => {
    await event({
      type: 'app_mention',
      user: 'U1',
      text: `<@UQUORUM> ${question}`,
      ts: '1700000001.000100',
      channel: privateChannel,
    });
    await bot.stub.waitFor(() => postsIn(privateChannel).length > 0, 30_000);
    expect(JSON.stringify(postsIn(privateChannel))).toContain('6,250');
  });

  it('shows nothing of it anywhere else', { timeout: 180_000 }, async () => {
    const paths: Promise<unknown>[] = [
      event({
        type: 'app_mention',
        user: 'U1',
        text: `<@UQUORUM> ${question}`,
        ts: '1700000010.000100',
        channel: 'COPEN',
      }),
      event({
        type: 'message',
        channel_type: 'im',
        channel: 'DOPEN',
        user: 'U1',
        text: question,
        ts: '1700000020.000100',
      }),
      event({ type: 'app_home_opened', user: 'U1', channel: 'DOPEN', tab: 'home' }),
      command(`ask ${question}`, 'ask'),
      command('sources', 'sources'),
      command('brief 19 March 2024', 'brief'),
      command('digest 1 January 2000', 'digest'),
      command('actions', 'actions'),
      command('actions Oakridge House', 'actions-topic'),
    ];
    await Promise.all(paths);
    await bot.stub.waitFor(() => postsIn('COPEN').length > 0 && postsIn('DOPEN').length > 0, 30_000);
    // A follow-up in the answered thread.
    await event({
      type: 'message',
      channel_type: 'channel',
      channel: 'COPEN',
      user: 'U1',
      text: 'and what was the bed price?',
      ts: '1700000011.000100',
      thread_ts: '1700000010.000100',
    });
    await bot.stub.waitFor(() => postsIn('COPEN').length > 1, 30_000);
    const responded = ['ask', 'sources', 'brief', 'digest', 'actions', 'actions-topic'];
    await bot.stub.waitFor(
      () => responded.every((id) => bot.stub.responses.some((response) => response.path === `/response/${id}`)),
      60_000,
    );
    await bot.stub.waitFor(() => bot.stub.callsTo('views.publish').length > 0, 30_000);

    // "Show quotes" of the private channel's answer, pressed in the open channel.
    const privateAnswer = JSON.stringify(postsIn(privateChannel));
    // Every button under the answer carries its id, a UUID.
    const answerId = privateAnswer.match(/\\?"value\\?":\\?"([0-9a-f]{8}-[0-9a-f-]{27})/)?.[1];
    expect(answerId).toBeDefined();
    await send(
      slackPayloads.buttonPress(
        answerActionIds.showQuotes,
        answerId as string,
        bot.stub.responseUrl('quotes'),
        'COPEN',
      ),
      'application/x-www-form-urlencoded',
    );
    await bot.stub.waitFor(() => bot.stub.responses.some((r) => r.path === '/response/quotes'), 30_000);

    const seen = JSON.stringify([
      bot.stub.calls.filter((call) => call.params.channel !== privateChannel),
      bot.stub.responses,
    ]);
    for (const secret of secrets) expect(seen, secret).not.toContain(secret);
    // The walk reached real content, so an empty reply cannot pass it.
    expect(seen).toContain('Oakridge House Fostering Open Day');
  });
});

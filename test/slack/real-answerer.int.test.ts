import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeSources } from '../../src/meeting-papers/describe-sources.js';
import { slackPayloads } from '../support/slack-payloads.js';
import { sendSignedRequest } from '../support/slack-signed-request.js';
import { type SlackTestApp, startSlackTestApp, testSigningSecret } from '../support/start-slack-test-app.js';
import { useCorpusQuorum } from '../support/use-corpus-quorum.js';

describe('Slack bot over the real index of corpus/', () => {
  const corpusQuorum = useCorpusQuorum();
  let bot: SlackTestApp;

  beforeAll(async () => {
    const quorum = corpusQuorum();
    bot = await startSlackTestApp({
      answerQuestion: quorum.answerQuestion,
      describeSources: (filters) => describeSources(quorum.store, filters),
    });
  });
  afterAll(async () => {
    await bot?.stop();
  });

  const sendEvent = (event: Record<string, unknown>) =>
    sendSignedRequest({
      url: bot.eventsUrl,
      signingSecret: testSigningSecret,
      body: slackPayloads.event(event),
      contentType: 'application/json',
    });

  it('answers a mention in its thread, citing the meeting and minute', async () => {
    const question = '<@UQUORUM> What was resolved on the Domestic Abuse Update in January 2019?';
    const response = await sendEvent({
      type: 'app_mention',
      user: 'U0001',
      text: question,
      ts: '1700001000.000100',
      channel: 'C0100',
    });
    expect(response.status).toBe(200);
    await bot.stub.waitFor(() => bot.stub.callsTo('chat.postMessage').length > 0, 20_000);
    const [post] = bot.stub.callsTo('chat.postMessage');
    expect(post?.params).toMatchObject({ channel: 'C0100', thread_ts: '1700001000.000100' });
    expect(String(post?.params.text)).toMatch(/report be noted/i);
    expect(JSON.stringify(post?.params.blocks)).toContain(
      '[1] Improving Lives Select Commission · 15 Jan 2019 · Minute 49 — Domestic Abuse Update',
    );
  });

  it('shows what it knows on the App Home', async () => {
    await sendEvent({ type: 'app_home_opened', user: 'U0001', channel: 'D0100', tab: 'home', ts: '1700001001.000100' });
    await bot.stub.waitFor(() => bot.stub.callsTo('views.publish').length > 0);
    const [publish] = bot.stub.callsTo('views.publish');
    expect(publish?.params.user_id).toBe('U0001');
    const view = JSON.stringify(publish?.params.view);
    expect(view).toContain('Improving Lives Select Commission');
    expect(view).toMatch(/\*Meetings:\* \d+ \(\d+ \w{3} \d{4} to \d+ \w{3} \d{4}\)/);
    expect(view).toContain('Last ingest');
  });
});

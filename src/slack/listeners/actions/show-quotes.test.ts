import type { RespondArguments } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createSlackListenerKit,
  type SlackListenerKit,
  sampleAnswer,
} from '../../../../test/support/slack-listener-kit.js';
import { createFeedbackStore } from '../../feedback/create-feedback-store.js';
import { createShowQuotesListener } from './show-quotes.js';

describe('show quotes listener', () => {
  let kit: SlackListenerKit;
  afterEach(() => kit.close());

  async function press(value: string, channel = 'C1') {
    const responses: Array<RespondArguments & { blocks?: unknown }> = [];
    await createShowQuotesListener(kit.services)({
      ack: async () => {},
      body: { user: { id: 'U2' }, channel: { id: channel } },
      action: { action_id: 'show_quotes', value },
      respond: async (message) => {
        responses.push(message);
      },
    });
    return responses;
  }

  it('shows each citation with its verbatim quote, only to the presser', async () => {
    kit = await createSlackListenerKit();
    await kit.feedbackStore.rememberAnswer({
      id: 'answer-1',
      at: '2024-05-03T14:05:00.000Z',
      question: 'q',
      text: sampleAnswer.text,
      citations: sampleAnswer.citations,
      abstained: false,
      user: 'U1',
      channel: 'C1',
    });
    const [response] = await press('answer-1');
    expect(response).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    const blocks = JSON.stringify(response?.blocks);
    expect(blocks).toContain('[1] Improving Lives Select Commission · 15 Jan 2019 · Minute 49');
    expect(blocks).toContain('>That the report be noted.');
  });

  it("shows no quote when pressed in another conversation than the answer's", async () => {
    kit = await createSlackListenerKit();
    await kit.feedbackStore.rememberAnswer({
      id: 'answer-2',
      at: '2024-05-03T14:05:00.000Z',
      question: 'q',
      text: sampleAnswer.text,
      citations: sampleAnswer.citations,
      abstained: false,
      user: 'U1',
      channel: 'C-private',
    });
    const responses = await press('answer-2', 'C-public');
    expect(responses).toHaveLength(1);
    expect(JSON.stringify(responses)).not.toContain('That the report be noted');
    expect(responses[0]?.text).toContain('only show the quotes of an answer in the conversation');
  });

  it('logs and tells the user when something throws', async () => {
    // The answers file sits under a path that cannot be a directory, so looking an answer up fails.
    kit = await createSlackListenerKit({
      dependencies: { feedbackStore: createFeedbackStore({ dataDir: '/dev/null/quorum' }) },
    });
    const [response] = await press('answer-1');
    const referenceId = `${response?.text}`.match(/reference `(\w+)`/)?.[1];
    expect(referenceId).toBeDefined();
    expect(kit.logs).toContainEqual(
      expect.objectContaining({ referenceId, err: expect.objectContaining({ code: 'ENOTDIR' }) }),
    );
  });
});

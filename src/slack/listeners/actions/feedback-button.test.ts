import type { RespondArguments } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createSlackListenerKit,
  type SlackListenerKit,
  sampleAnswer,
} from '../../../../test/support/slack-listener-kit.js';
import { createFeedbackStore } from '../../feedback/create-feedback-store.js';
import { createFeedbackButtonListener } from './feedback-button.js';

describe('feedback button listener', () => {
  let kit: SlackListenerKit;
  afterEach(() => kit.close());

  const record = {
    id: 'answer-1',
    at: '2024-05-03T14:05:00.000Z',
    question: 'What was resolved on domestic abuse?',
    text: sampleAnswer.text,
    citations: sampleAnswer.citations,
    abstained: false,
    user: 'U1',
    channel: 'C1',
  };

  async function press(actionId: string, value: string) {
    const steps: string[] = [];
    const responses: RespondArguments[] = [];
    await createFeedbackButtonListener(kit.services)({
      ack: async () => {
        steps.push('ack');
      },
      body: { user: { id: 'U2' }, channel: { id: 'C1' } },
      action: { action_id: actionId, value },
      respond: async (message) => {
        steps.push('respond');
        responses.push(message);
      },
    });
    return { steps, responses };
  }

  it('stores the vote with the question, answer and citations, and thanks the user', async () => {
    kit = await createSlackListenerKit();
    await kit.feedbackStore.rememberAnswer(record);
    const { steps, responses } = await press('feedback_down', 'answer-1');
    expect(steps).toEqual(['ack', 'respond']);
    expect(responses[0]).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(responses[0]?.text).toContain('Thanks');
    const { votes } = await kit.feedbackStore.readVotes();
    expect(votes).toEqual([
      expect.objectContaining({
        answerId: 'answer-1',
        vote: 'down',
        question: record.question,
        answer: record.text,
        user: 'U2',
        channel: 'C1',
      }),
    ]);
    expect(votes[0]?.citations).toEqual(record.citations);
  });

  it('says so when the answer is no longer known', async () => {
    kit = await createSlackListenerKit();
    const { responses } = await press('feedback_up', 'missing');
    expect(responses[0]?.text).toContain("can't find that answer");
  });

  it('logs and tells the user when something throws', async () => {
    // A data directory that cannot exist: the answer is still remembered in memory, but the vote cannot be written.
    const feedbackStore = createFeedbackStore({ dataDir: '/dev/null/quorum' });
    await feedbackStore.rememberAnswer(record).catch(() => {});
    kit = await createSlackListenerKit({ dependencies: { feedbackStore } });
    const { responses } = await press('feedback_up', 'answer-1');
    const referenceId = `${responses[0]?.text}`.match(/reference `(\w+)`/)?.[1];
    expect(referenceId).toBeDefined();
    expect(kit.logs).toContainEqual(
      expect.objectContaining({ referenceId, err: expect.objectContaining({ code: 'ENOTDIR' }) }),
    );
  });
});

import type { AnsweringServices } from '../../answering/answering-services.js';
import { reportFailure } from '../../answering/report-failure.js';
import { answerActionIds } from '../../render/answer-action-ids.js';
import { renderNotice } from '../../render/render-notice.js';
import type { SlackMessage } from '../../render/slack-message.js';
import type { ButtonArguments } from './button-arguments.js';

/** 👍 / 👎 under an answer: the vote is stored with the question, answer and citations, then acknowledged. */
export function createFeedbackButtonListener(services: AnsweringServices) {
  return async ({ ack, body, action, respond }: ButtonArguments): Promise<void> => {
    await ack();
    const vote = action.action_id === answerActionIds.feedbackUp ? 'up' : 'down';
    const reply = (message: SlackMessage) =>
      respond({ response_type: 'ephemeral', replace_original: false, ...message });
    try {
      const record = action.value ? await services.dependencies.feedbackStore.findAnswer(action.value) : undefined;
      if (!record) {
        services.logger.warn({ answerId: action.value, user: body.user.id }, 'Feedback on an unknown answer');
        await reply(renderNotice({ kind: 'answer-expired' }));
        return;
      }
      await services.dependencies.feedbackStore.recordVote({
        answerId: record.id,
        vote,
        question: record.question,
        answer: record.text,
        citations: record.citations,
        abstained: record.abstained,
        user: body.user.id,
        channel: body.channel?.id ?? record.channel,
        at: new Date().toISOString(),
      });
      services.logger.info({ answerId: record.id, vote, user: body.user.id }, 'Feedback recorded');
      await reply(renderNotice({ kind: 'thanks', vote }));
    } catch (error) {
      await reportFailure({
        logger: services.logger,
        error,
        send: reply,
        context: { listener: 'feedback', answerId: action.value, user: body.user.id },
      });
    }
  };
}

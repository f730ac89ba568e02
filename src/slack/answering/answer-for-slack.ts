import { randomUUID } from 'node:crypto';
import type { Answer, ConversationTurn } from '../../answer/answer.js';
import { renderAnswer } from '../render/render-answer.js';
import { renderNotice } from '../render/render-notice.js';
import type { SlackMessage } from '../render/slack-message.js';
import type { AnsweringServices } from './answering-services.js';
import { filtersForChannel } from './filters-for-channel.js';
import { reportFailure } from './report-failure.js';
import { runLimited } from './run-limited.js';

export interface SlackQuestion {
  question: string;
  user: string;
  channel: string;
  history: ConversationTurn[];
}

/**
 * Answers one question and sends the rendered answer; the user always hears back (answer, busy notice or
 * apology with a reference id). Resolves to the answer when one was delivered.
 */
export async function answerForSlack(
  services: AnsweringServices,
  request: SlackQuestion,
  send: (message: SlackMessage) => Promise<unknown>,
): Promise<Answer | undefined> {
  const { logger, dependencies } = services;
  const context = { user: request.user, channel: request.channel };
  try {
    const startedAt = Date.now();
    const filters = filtersForChannel(services.channelScopes, request.channel);
    const outcome = await runLimited(services, request.user, () =>
      dependencies.answerQuestion({ question: request.question, filters, history: request.history }),
    );
    if (outcome.status !== 'done') {
      logger.info({ ...context, outcome: outcome.status }, 'Question turned away');
      await send(renderNotice({ kind: outcome.status }));
      return undefined;
    }
    const answer = outcome.value;
    const answerId = randomUUID();
    await dependencies.feedbackStore
      .rememberAnswer({
        id: answerId,
        at: new Date().toISOString(),
        question: request.question,
        text: answer.text,
        citations: answer.citations,
        abstained: answer.abstained,
        ...context,
      })
      // Losing the record only disables this answer's buttons; the user should still get the answer.
      .catch((error: unknown) => logger.warn({ err: error, answerId }, 'Could not store the answer for feedback'));
    for (const message of renderAnswer(answer, answerId)) await send(message);
    logger.info(
      {
        ...context,
        answerId,
        abstained: answer.abstained,
        citations: answer.citations.length,
        ms: Date.now() - startedAt,
      },
      'Answered',
    );
    return answer;
  } catch (error) {
    await reportFailure({ logger, error, send, context });
    return undefined;
  }
}

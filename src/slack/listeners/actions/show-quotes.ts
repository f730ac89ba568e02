import type { AnsweringServices } from '../../answering/answering-services.js';
import { reportFailure } from '../../answering/report-failure.js';
import { renderNotice } from '../../render/render-notice.js';
import { renderQuotes } from '../../render/render-quotes.js';
import type { SlackMessage } from '../../render/slack-message.js';
import type { ButtonArguments } from './button-arguments.js';

/** "Show quotes": the verbatim passages behind an answer's citations, shown only to whoever asked. */
export function createShowQuotesListener(services: AnsweringServices) {
  return async ({ ack, body, action, respond }: ButtonArguments): Promise<void> => {
    await ack();
    const reply = (message: SlackMessage) =>
      respond({ response_type: 'ephemeral', replace_original: false, ...message });
    try {
      const record = action.value ? await services.dependencies.feedbackStore.findAnswer(action.value) : undefined;
      if (!record) {
        await reply(renderNotice({ kind: 'answer-expired' }));
        return;
      }
      // An answer's quotes were chosen under its channel's scoping; a copied button elsewhere must not show them.
      if (body.channel?.id !== record.channel) {
        services.logger.warn(
          { listener: 'show_quotes', answerId: record.id, answeredIn: record.channel, pressedIn: body.channel?.id },
          "Show quotes pressed outside the answer's conversation",
        );
        await reply(renderNotice({ kind: 'quotes-elsewhere' }));
        return;
      }
      for (const message of renderQuotes(record.citations)) await reply(message);
    } catch (error) {
      await reportFailure({
        logger: services.logger,
        error,
        send: reply,
        context: { listener: 'show_quotes', answerId: action.value, user: body.user.id },
      });
    }
  };
}

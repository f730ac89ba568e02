import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { AnsweringServices } from '../answering/answering-services.js';
import { answerActionIds } from '../render/answer-action-ids.js';
import { createFeedbackButtonListener } from './actions/feedback-button.js';
import { createShowQuotesListener } from './actions/show-quotes.js';
import { createMinutesListener } from './commands/minutes.js';
import { createAppHomeOpenedListener } from './events/app-home-opened.js';
import { createAppMentionListener } from './events/app-mention.js';
import { createMessageListener } from './events/message.js';

/** Every Slack feature Quorum answers to; the manifest subscribes to exactly these. */
export function registerListeners(app: App, services: AnsweringServices): void {
  app.event('app_mention', createAppMentionListener(services));
  app.event('message', createMessageListener(services));
  app.event('app_home_opened', createAppHomeOpenedListener(services));
  app.command('/minutes', createMinutesListener(services));
  app.action<BlockAction<ButtonAction>>(answerActionIds.showQuotes, createShowQuotesListener(services));
  const feedback = createFeedbackButtonListener(services);
  app.action<BlockAction<ButtonAction>>(answerActionIds.feedbackUp, feedback);
  app.action<BlockAction<ButtonAction>>(answerActionIds.feedbackDown, feedback);
}

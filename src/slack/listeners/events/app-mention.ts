import type { types, webApi } from '@slack/bolt';
import type { AnsweringServices } from '../../answering/answering-services.js';
import { conversationKey, deliveryKeys } from '../../answering/message-keys.js';
import { reportFailure } from '../../answering/report-failure.js';
import { stripMentions } from '../../answering/strip-mentions.js';
import { replyToConversationMessage } from '../../jobs/reply-to-conversation-message.js';

export interface AppMentionArguments {
  event: types.AppMentionEvent;
  body: { event_id: string };
  client: webApi.WebClient;
}

/** A mention in a channel: answer (or brief) in the message's thread, with the thread's earlier turns as history. */
export function createAppMentionListener(services: AnsweringServices) {
  return async ({ event, body, client }: AppMentionArguments): Promise<void> => {
    if (event.bot_id || event.subtype || event.edited || !event.user) return;
    if (!services.deliveries.claim(...deliveryKeys(body.event_id, event.channel, event.ts))) return;
    const threadTs = event.thread_ts ?? event.ts;
    const key = conversationKey(event.channel, threadTs);
    try {
      await replyToConversationMessage(services, client, {
        channel: event.channel,
        user: event.user,
        question: stripMentions(event.text),
        messageTs: event.ts,
        threadTs,
        conversationKey: key,
        history: services.memory.turns(key),
      });
    } catch (error) {
      await reportFailure({
        logger: services.logger,
        error,
        send: (message) => client.chat.postMessage({ channel: event.channel, thread_ts: threadTs, ...message }),
        context: { listener: 'app_mention', channel: event.channel, user: event.user },
      });
    }
  };
}

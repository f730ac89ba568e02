import type { types, webApi } from '@slack/bolt';
import type { AnsweringServices } from '../../answering/answering-services.js';
import { conversationKey, deliveryKeys } from '../../answering/message-keys.js';
import { reportFailure } from '../../answering/report-failure.js';
import { stripMentions } from '../../answering/strip-mentions.js';
import { replyToConversationMessage } from '../../jobs/reply-to-conversation-message.js';

/** A DM conversation only carries history between questions asked close together. */
const directConversationIdleMs = 30 * 60_000;

export interface MessageArguments {
  event: types.MessageEvent;
  body: { event_id: string };
  client: webApi.WebClient;
  context: { botUserId?: string };
}

/** DMs, and follow-ups without a mention in threads Quorum has already answered in. */
export function createMessageListener(services: AnsweringServices) {
  return async ({ event, body, client, context }: MessageArguments): Promise<void> => {
    // Subtypes cover edits, deletions, joins and bot posts; only plain messages from people are questions.
    if (event.subtype !== undefined || event.bot_id || !event.user || !event.text) return;
    const direct = event.channel_type === 'im';
    const key = conversationKey(event.channel, event.thread_ts);
    if (!direct && !(event.thread_ts && services.memory.knows(key))) return;
    if (!direct && addressesSomeoneElse(event.text, context.botUserId)) return;
    if (!services.deliveries.claim(...deliveryKeys(body.event_id, event.channel, event.ts))) return;
    const threadTs = event.thread_ts;
    try {
      await replyToConversationMessage(services, client, {
        channel: event.channel,
        user: event.user,
        question: stripMentions(event.text),
        messageTs: event.ts,
        threadTs,
        conversationKey: key,
        history: services.memory.turns(key, threadTs ? undefined : directConversationIdleMs),
      });
    } catch (error) {
      await reportFailure({
        logger: services.logger,
        error,
        send: (message) => client.chat.postMessage({ channel: event.channel, thread_ts: threadTs, ...message }),
        context: { listener: 'message', channel: event.channel, user: event.user },
      });
    }
  };
}

// In a thread people also talk to each other: a message that mentions others but not Quorum is not for it.
function addressesSomeoneElse(text: string, botUserId: string | undefined): boolean {
  const mentioned = [...text.matchAll(/<@([A-Z0-9]+)/g)].map((match) => match[1]);
  return mentioned.length > 0 && !(botUserId && mentioned.includes(botUserId));
}

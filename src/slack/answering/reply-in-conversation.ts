import type { webApi } from '@slack/bolt';
import type { ConversationTurn } from '../../answer/answer.js';
import { helpText } from '../render/help-text.js';
import type { SlackMessage } from '../render/slack-message.js';
import { answerForSlack } from './answer-for-slack.js';
import type { AnsweringServices } from './answering-services.js';

const progressReaction = 'hourglass_flowing_sand';

export interface ConversationMessage {
  channel: string;
  user: string;
  question: string;
  /** The user's message, which carries the progress reaction. */
  messageTs: string;
  /** Thread to answer in; undefined answers at the top level (a DM). */
  threadTs?: string;
  conversationKey: string;
  history: ConversationTurn[];
}

/** Answers a message in its channel or thread, with a progress reaction, and remembers the turn. */
export async function replyInConversation(
  services: AnsweringServices,
  client: webApi.WebClient,
  message: ConversationMessage,
): Promise<void> {
  const post = (reply: SlackMessage) =>
    client.chat.postMessage({
      channel: message.channel,
      thread_ts: message.threadTs,
      text: reply.text,
      blocks: reply.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
  if (!message.question) {
    await post({ text: helpText, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: helpText } }] });
    return;
  }
  const reaction = { channel: message.channel, timestamp: message.messageTs, name: progressReaction };
  // The reaction is only a courtesy: failing to add or remove it must not stop the answer.
  await client.reactions
    .add(reaction)
    .catch((error: unknown) => services.logger.warn({ err: error }, 'Could not add the progress reaction'));
  try {
    const answer = await answerForSlack(services, message, post);
    if (answer) {
      services.memory.append(
        message.conversationKey,
        { role: 'user', text: message.question },
        { role: 'assistant', text: answer.text },
      );
    }
  } finally {
    await client.reactions
      .remove(reaction)
      .catch((error: unknown) => services.logger.warn({ err: error }, 'Could not remove the progress reaction'));
  }
}

import type { webApi } from '@slack/bolt';
import type { SlackMessage } from '../render/slack-message.js';

/** Posts rendered messages, in order, to a channel or a thread in it. */
export async function postMessages(
  client: webApi.WebClient,
  destination: { channel: string; threadTs?: string },
  messages: SlackMessage[],
): Promise<void> {
  for (const message of messages) {
    await client.chat.postMessage({
      channel: destination.channel,
      thread_ts: destination.threadTs,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
  }
}

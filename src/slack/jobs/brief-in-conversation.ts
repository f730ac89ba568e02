import type { webApi } from '@slack/bolt';
import type { AnsweringServices } from '../answering/answering-services.js';
import { filtersForChannel } from '../answering/filters-for-channel.js';
import type { ConversationMessage } from '../answering/reply-in-conversation.js';
import { runLimited } from '../answering/run-limited.js';
import { renderMarkdown } from '../render/render-markdown.js';
import { renderNotice } from '../render/render-notice.js';
import type { WriteBrief } from '../slack-dependencies.js';
import { postMessages } from './post-messages.js';

const progressReaction = 'hourglass_flowing_sand';
/** Beyond this many messages a briefing floods the thread: it goes up as a file with a summary instead. */
const maxBriefingMessages = 5;
const summaryItems = 8;

/** Answers "brief me on …" in its thread (or DM) with the briefing, and remembers the turn for follow-ups. */
export async function briefInConversation(
  services: AnsweringServices,
  client: webApi.WebClient,
  message: ConversationMessage & { meeting: string; write: WriteBrief },
): Promise<void> {
  const destination = { channel: message.channel, threadTs: message.threadTs };
  const reaction = { channel: message.channel, timestamp: message.messageTs, name: progressReaction };
  // The reaction is only a courtesy: failing to add or remove it must not stop the briefing.
  const warn = (error: unknown) => services.logger.warn({ err: error }, 'Could not change the progress reaction');
  await client.reactions.add(reaction).catch(warn);
  try {
    const filters = filtersForChannel(services.channelScopes, message.channel);
    const outcome = await runLimited(services, message.user, () =>
      message.write({ meeting: message.meeting, filters }),
    );
    if (outcome.status !== 'done') {
      await postMessages(client, destination, [renderNotice({ kind: outcome.status })]);
      return;
    }
    const markdown = outcome.value;
    const summary = summarizeBriefing(markdown);
    const messages = renderMarkdown(markdown);
    if (messages.length > maxBriefingMessages) {
      const file = {
        channel_id: message.channel,
        content: markdown,
        filename: `${slug(firstLine(markdown))}.md`,
        title: firstLine(markdown),
        snippet_type: 'markdown',
        initial_comment: `${summary}\n\nThe full briefing is too long for messages: it is in the attached file.`,
      };
      await client.files.uploadV2(message.threadTs ? { ...file, thread_ts: message.threadTs } : file);
    } else {
      await postMessages(client, destination, messages);
    }
    services.memory.append(
      message.conversationKey,
      { role: 'user', text: message.question },
      { role: 'assistant', text: summary },
    );
  } finally {
    await client.reactions.remove(reaction).catch(warn);
  }
}

/** The briefing's title and items: enough for a file's caption and for follow-up questions' context. */
function summarizeBriefing(markdown: string): string {
  const items = markdown
    .split('\n')
    .filter((line) => /^## /.test(line) && !/^## Sources\b/.test(line))
    .map((line) => line.slice(3).trim());
  const title = firstLine(markdown);
  if (items.length === 0) return title;
  const more = items.length > summaryItems ? `; and ${items.length - summaryItems} more` : '';
  return `${title}. Covers: ${items.slice(0, summaryItems).join('; ')}${more}.`;
}

function firstLine(markdown: string): string {
  return (markdown.trim().split('\n')[0] ?? '').replace(/^#+\s*/, '').trim();
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'briefing'
  );
}

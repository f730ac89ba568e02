import { markdownToMrkdwn } from './markdown-to-mrkdwn.js';
import { packMessages } from './pack-messages.js';
import { sectionUnits } from './section-units.js';
import type { SlackMessage } from './slack-message.js';

/** Free-form markdown (help, briefs, digests) as messages within Slack's limits. */
export function renderMarkdown(markdown: string): SlackMessage[] {
  return packMessages(sectionUnits(markdownToMrkdwn(markdown)));
}

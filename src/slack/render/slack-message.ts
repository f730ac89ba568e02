import type { types } from '@slack/bolt';

/** One chat message: Block Kit blocks plus the plain fallback Slack shows in notifications. */
export interface SlackMessage {
  text: string;
  blocks: types.KnownBlock[];
}

/** Slack's published limits for one message. */
export const slackLimits = {
  sectionText: 3000,
  blocksPerMessage: 50,
  charactersPerMessage: 40_000,
} as const;

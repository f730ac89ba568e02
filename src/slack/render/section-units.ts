import type { BlockUnit } from './pack-messages.js';
import { slackLimits } from './slack-message.js';
import { splitText } from './split-text.js';

/** One section block per piece of mrkdwn that fits Slack's section limit. */
export function sectionUnits(mrkdwn: string): BlockUnit[] {
  return splitText(mrkdwn, slackLimits.sectionText).map((piece) => ({
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: piece } }],
    text: piece,
  }));
}

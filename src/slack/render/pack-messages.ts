import { type SlackMessage, slackLimits } from './slack-message.js';

/** Blocks that must stay in one message (a citation never straddles two), with their fallback text. */
export interface BlockUnit {
  blocks: SlackMessage['blocks'];
  text: string;
}

/** Packs units, in order, into as few messages as Slack's block and character limits allow. */
export function packMessages(units: BlockUnit[]): SlackMessage[] {
  const messages: SlackMessage[] = [];
  let current: SlackMessage | undefined;
  for (const unit of units) {
    const fits =
      current !== undefined &&
      current.blocks.length + unit.blocks.length <= slackLimits.blocksPerMessage &&
      current.text.length + 1 + unit.text.length <= slackLimits.charactersPerMessage;
    if (current && fits) {
      current.blocks.push(...unit.blocks);
      current.text = `${current.text}\n${unit.text}`;
    } else {
      current = { blocks: [...unit.blocks], text: unit.text };
      messages.push(current);
    }
  }
  return messages;
}

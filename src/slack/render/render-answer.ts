import type { types } from '@slack/bolt';
import type { Answer } from '../../answer/answer.js';
import { answerActionIds } from './answer-action-ids.js';
import { markdownToMrkdwn } from './markdown-to-mrkdwn.js';
import { type BlockUnit, packMessages } from './pack-messages.js';
import { renderCitationLine } from './render-citation-line.js';
import { sectionUnits } from './section-units.js';
import type { SlackMessage } from './slack-message.js';

export const abstentionText =
  'I found nothing on that in the papers I have. Try narrowing it to a meeting, a date or a committee, or wording it differently.';

/** An answer as one or more messages: text, numbered sources, then quote and feedback buttons. */
export function renderAnswer(answer: Answer, answerId: string): SlackMessage[] {
  if (answer.abstained) return packMessages(withActions(sectionUnits(abstentionText), answerId, false));
  const citationUnits = answer.citations.map((citation, index): BlockUnit => {
    const line = renderCitationLine(citation);
    const context: types.KnownBlock = { type: 'context', elements: [{ type: 'mrkdwn', text: line }] };
    if (index > 0) return { blocks: [context], text: line };
    const heading: types.KnownBlock = { type: 'context', elements: [{ type: 'mrkdwn', text: '*Sources*' }] };
    return { blocks: [{ type: 'divider' }, heading, context], text: `Sources:\n${line}` };
  });
  const textUnits = sectionUnits(markdownToMrkdwn(answer.text));
  return packMessages(withActions([...textUnits, ...citationUnits], answerId, citationUnits.length > 0));
}

// The buttons ride on the last unit so they always close the last message and never travel alone.
function withActions(units: BlockUnit[], answerId: string, withQuotes: boolean): BlockUnit[] {
  const button = (actionId: string, label: string): types.Button => ({
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text: label, emoji: true },
    value: answerId,
  });
  const buttons = [
    button(answerActionIds.feedbackUp, '👍 Helpful'),
    button(answerActionIds.feedbackDown, '👎 Not helpful'),
  ];
  if (withQuotes) buttons.unshift(button(answerActionIds.showQuotes, 'Show quotes'));
  const actions: types.KnownBlock = { type: 'actions', block_id: 'answer_actions', elements: buttons };
  const last = units.at(-1);
  if (!last) return [{ blocks: [actions], text: 'Answer' }];
  return [...units.slice(0, -1), { ...last, blocks: [...last.blocks, actions] }];
}

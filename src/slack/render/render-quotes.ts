import type { Citation } from '../../core/citation.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { type BlockUnit, packMessages } from './pack-messages.js';
import { renderCitationLine } from './render-citation-line.js';
import { sectionUnits } from './section-units.js';
import { type SlackMessage, slackLimits } from './slack-message.js';
import { splitText } from './split-text.js';

/** The verbatim passage behind each citation, quoted under its source line. */
export function renderQuotes(citations: Citation[]): SlackMessage[] {
  if (citations.length === 0) return packMessages(sectionUnits('This answer cites no passages.'));
  const units = citations.map((citation): BlockUnit => {
    const line = renderCitationLine(citation);
    const quote = escapeMrkdwn(citation.quote.replace(/\s+/g, ' ').trim());
    // Room for the ">" each piece gains; a long quote becomes several sections of the same unit.
    const sections = splitText(quote, slackLimits.sectionText - 2).map((piece) => ({
      type: 'section' as const,
      text: { type: 'mrkdwn' as const, text: `>${piece}` },
    }));
    return {
      blocks: [{ type: 'context', elements: [{ type: 'mrkdwn', text: line }] }, ...sections],
      text: `${line}\n“${quote}”`,
    };
  });
  return packMessages(units);
}

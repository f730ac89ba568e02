import type { types } from '@slack/bolt';
import type { SourcesSummary } from '../../meeting-papers/describe-sources.js';
import { helpText } from './help-text.js';
import { renderSourcesSummary } from './render-sources-summary.js';
import { slackLimits } from './slack-message.js';
import { splitText } from './split-text.js';

/** The App Home tab: what Quorum knows, then how to use it; `failure` replaces the summary when it could not load. */
export function renderHomeView(summary: SourcesSummary | { failure: string }): types.HomeView {
  const known = 'failure' in summary ? summary.failure : renderSourcesSummary(summary);
  return {
    type: 'home',
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: 'What Quorum knows' } },
      ...sections(known),
      { type: 'divider' },
      { type: 'header', text: { type: 'plain_text', text: 'How to use Quorum' } },
      ...sections(helpText),
    ],
  };
}

function sections(mrkdwn: string): types.KnownBlock[] {
  return splitText(mrkdwn, slackLimits.sectionText).map((text) => ({
    type: 'section',
    text: { type: 'mrkdwn', text },
  }));
}

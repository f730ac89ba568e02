import { actions } from '../../actions/actions.js';
import { renderActionsMarkdown } from '../../actions/render-actions-markdown.js';
import { brief } from '../../briefing/brief.js';
import { renderBriefingMarkdown } from '../../briefing/render-briefing-markdown.js';
import { isQuorumError } from '../../core/errors.js';
import { digest } from '../../digest/digest.js';
import { parseSince } from '../../digest/parse-since.js';
import { renderDigestMarkdown } from '../../digest/render-digest-markdown.js';
import type { Quorum } from '../../open-quorum.js';
import type { ListActions, WriteBrief, WriteDigest } from '../slack-dependencies.js';

export interface JobWriters {
  brief: WriteBrief;
  digest: WriteDigest;
  actions: ListActions;
}

/** The briefing, digest and actions jobs over an open index, as the markdown the Slack face sends. */
export function createJobWriters(
  { store, retriever }: Pick<Quorum, 'store' | 'retriever'>,
  now: () => Date = () => new Date(),
): JobWriters {
  return {
    async brief({ meeting, filters }) {
      try {
        return renderBriefingMarkdown(await brief({ store, retriever, meeting, now: now(), filters }));
      } catch (error) {
        // An unknown meeting is the user's to fix: its message names the meetings there are.
        if (isQuorumError(error, 'not_found')) return error.message;
        throw error;
      }
    },
    async digest({ since, filters }) {
      const at = now();
      const from = parseSince(since, at);
      if (!from)
        return `I can't read "${since}" as a date. Try \`/minutes digest 2024-09-01\`, \`/minutes digest 1 September 2024\` or \`/minutes digest last Monday\`.`;
      return renderDigestMarkdown(await digest({ store, since: from, now: at, filters }));
    },
    async actions({ topic, filters }) {
      return renderActionsMarkdown(await actions({ store, retriever, topic, filters }));
    },
  };
}

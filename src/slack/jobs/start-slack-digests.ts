import type { webApi } from '@slack/bolt';
import type { Config } from '../../config.js';
import type { Logger } from '../../core/logger.js';
import type { DigestScheduleOptions } from '../../digest/run-due-digests.js';
import { type DigestSchedule, startDigestSchedule } from '../../digest/schedule-digests.js';
import { filtersForChannel } from '../answering/filters-for-channel.js';
import { renderMarkdown } from '../render/render-markdown.js';
import { postMessages } from './post-messages.js';

/** The scheduled digests, posted through the bot's Web API client, each scoped as its channel's answers are. */
export function startSlackDigests(options: {
  config: Pick<Config, 'dataDir' | 'digest' | 'slack'>;
  store: DigestScheduleOptions['store'];
  client: webApi.WebClient;
  logger: Logger;
  now?: () => Date;
}): Promise<DigestSchedule> {
  const { config, client } = options;
  return startDigestSchedule({
    config,
    store: options.store,
    logger: options.logger.child({ component: 'digest' }),
    now: options.now,
    postMessage: (channel, markdown) => postMessages(client, { channel }, renderMarkdown(markdown)),
    filtersFor: (channel) => filtersForChannel(config.slack.channelScopes, channel),
  });
}

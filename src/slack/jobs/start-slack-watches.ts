import type { webApi } from '@slack/bolt';
import { Cron } from 'croner';
import type { Config } from '../../config.js';
import { QuorumError } from '../../core/errors.js';
import type { Logger } from '../../core/logger.js';
import { type RunWatchesOptions, runWatches } from '../../watches/run-watches.js';
import type { WatchStore } from '../../watches/watch-store.js';
import { filtersForChannel } from '../answering/filters-for-channel.js';
import { renderMarkdown } from '../render/render-markdown.js';
import { postMessages } from './post-messages.js';

export interface SlackWatches {
  /** Runs every watch now (after a sync); runs never overlap. */
  run(): Promise<void>;
  stop(): void;
}

/**
 * Topic watches posted through the bot's Web API client, each scoped as its channel's answers are:
 * on WATCH_CRON, so papers ingested by hand are seen too, and after each scheduled sync.
 */
export function startSlackWatches(options: {
  config: Pick<Config, 'watch' | 'digest' | 'slack'>;
  store: RunWatchesOptions['store'];
  watches: WatchStore;
  client: webApi.WebClient;
  logger: Logger;
  now?: () => Date;
}): SlackWatches {
  const { config, client } = options;
  const logger = options.logger.child({ component: 'watches' });
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = running
      .then(() =>
        runWatches({
          store: options.store,
          watches: options.watches,
          logger,
          now: options.now,
          postMessage: (channel, markdown) => postMessages(client, { channel }, renderMarkdown(markdown)),
          filtersFor: (channel) => filtersForChannel(config.slack.channelScopes, channel),
        }),
      )
      .catch((error: unknown) => logger.error({ err: error }, 'watch run failed'));
    return running.then(() => undefined);
  };
  let job: Cron;
  try {
    job = new Cron(config.watch.cron, { timezone: config.digest.timezone, protect: true }, () => run());
  } catch (error) {
    throw new QuorumError('config_invalid', `Invalid WATCH_CRON "${config.watch.cron}"`, { cause: error });
  }
  return { run, stop: () => job.stop() };
}

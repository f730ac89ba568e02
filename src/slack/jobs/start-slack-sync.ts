import { Cron } from 'croner';
import type { Config } from '../../config.js';
import { QuorumError } from '../../core/errors.js';
import type { Logger } from '../../core/logger.js';
import { runSyncCommand } from '../../run-sync-command.js';

export interface SyncSchedule {
  stop(): void;
}

/**
 * Syncs each of SYNC_SITES on SYNC_CRON (in the digest's time zone), one site at a time and never two
 * runs at once, then lets the watches look at what arrived. The digest reports the new papers on its
 * own schedule, as it does for any ingest.
 */
export function startSyncSchedule(options: {
  config: Pick<Config, 'sync' | 'digest'>;
  logger: Logger;
  afterSync: () => Promise<void>;
  /** Runs one site's sync; the `npm run sync` child process by default. */
  syncSite?: typeof runSyncCommand;
}): SyncSchedule {
  const { config } = options;
  if (config.sync.sites.length === 0) return { stop: () => {} };
  const logger = options.logger.child({ component: 'sync' });
  const syncSite = options.syncSite ?? runSyncCommand;
  const tick = async () => {
    for (const site of config.sync.sites) {
      try {
        const { summary, failedPapers } = await syncSite(site, config.sync.committees);
        (failedPapers ? logger.warn : logger.info).call(logger, { site, summary }, 'sync finished');
      } catch (error) {
        logger.error({ err: error, site }, 'sync failed');
      }
    }
    await options.afterSync();
  };
  let job: Cron;
  try {
    job = new Cron(config.sync.cron, { timezone: config.digest.timezone, protect: true }, tick);
  } catch (error) {
    throw new QuorumError('config_invalid', `Invalid SYNC_CRON "${config.sync.cron}"`, { cause: error });
  }
  logger.info({ sites: config.sync.sites, next: job.nextRun()?.toISOString() }, 'sync schedule started');
  return { stop: () => job.stop() };
}

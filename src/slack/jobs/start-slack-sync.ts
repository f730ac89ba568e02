import { Cron } from 'croner';
import type { Config } from '../../config.js';
import { QuorumError } from '../../core/errors.js';
import type { Logger } from '../../core/logger.js';
import { runSyncCommand } from '../../run-sync-command.js';

export interface SyncSchedule {
  /** Syncs every site now, then runs `afterSync`; waits for a run already going rather than overlap it. */
  run(): Promise<void>;
  stop(): void;
}

/**
 * Syncs each of SYNC_SITES on SYNC_CRON (in the digest's time zone), one site at a time (the `npm run
 * sync` command in a child process) and never two runs at once, then lets the watches look at what
 * arrived. The digest reports the new papers on its own schedule, as it does for any ingest.
 */
export function startSyncSchedule(options: {
  config: Pick<Config, 'sync' | 'digest'>;
  logger: Logger;
  afterSync: () => Promise<void>;
}): SyncSchedule {
  const { config } = options;
  if (config.sync.sites.length === 0) return { run: async () => {}, stop: () => {} };
  const logger = options.logger.child({ component: 'sync' });
  const syncAll = async () => {
    for (const site of config.sync.sites) {
      try {
        const { summary, failedPapers } = await runSyncCommand(site, config.sync.committees);
        if (failedPapers) logger.warn({ site, summary }, 'sync finished; some papers failed');
        else logger.info({ site, summary }, 'sync finished');
      } catch (error) {
        logger.error({ err: error, site }, 'sync failed');
      }
    }
    await options.afterSync();
  };
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = running.then(syncAll).catch((error: unknown) => logger.error({ err: error }, 'sync run failed'));
    return running;
  };
  let job: Cron;
  try {
    job = new Cron(config.sync.cron, { timezone: config.digest.timezone, protect: true }, () => run());
  } catch (error) {
    throw new QuorumError('config_invalid', `Invalid SYNC_CRON "${config.sync.cron}"`, { cause: error });
  }
  logger.info({ sites: config.sync.sites, next: job.nextRun()?.toISOString() }, 'sync schedule started');
  return { run, stop: () => job.stop() };
}

import { Cron } from 'croner';
import { type DigestScheduleOptions, runDueDigests } from './run-due-digests.js';

export interface DigestSchedule {
  stop(): void;
}

/**
 * Starts the digest schedule: catches up once on start (a digest missed while stopped is posted, once),
 * then runs on the configured cron pattern and timezone. Runs never overlap. Resolves after the catch-up.
 */
export async function startDigestSchedule(options: DigestScheduleOptions): Promise<DigestSchedule> {
  const { config, logger } = options;
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = running
      .then(() => runDueDigests(options))
      .catch((error: unknown) => logger.error({ err: error }, 'digest run failed'));
    return running;
  };
  if (config.digest.channels.length === 0) return { stop: () => {} };
  await run();
  const job = new Cron(config.digest.cron, { timezone: config.digest.timezone, protect: true }, () =>
    run().then(() => undefined),
  );
  logger.info(
    { channels: config.digest.channels, cron: config.digest.cron, next: job.nextRun()?.toISOString() },
    'digest schedule started',
  );
  return { stop: () => job.stop() };
}

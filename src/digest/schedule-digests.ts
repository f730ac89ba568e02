import { Cron } from 'croner';
import { QuorumError } from '../core/errors.js';
import { type DigestScheduleOptions, runDueDigests } from './run-due-digests.js';

export interface DigestSchedule {
  stop(): void;
}

/**
 * Starts the digest schedule: catches up once on start (a digest missed while stopped is posted, once),
 * then runs on the configured cron pattern and timezone. Runs never overlap. Resolves after the catch-up;
 * a malformed DIGEST_CRON or DIGEST_TIMEZONE is a `config_invalid` error before anything runs.
 */
export async function startDigestSchedule(options: DigestScheduleOptions): Promise<DigestSchedule> {
  const { config, logger } = options;
  if (config.digest.channels.length === 0) return { stop: () => {} };
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = running
      .then(() => runDueDigests(options))
      .catch((error: unknown) => logger.error({ err: error }, 'digest run failed'));
    return running;
  };
  const job = createJob(config.digest.cron, config.digest.timezone, () => run().then(() => undefined));
  await run();
  job.resume();
  logger.info(
    { channels: config.digest.channels, cron: config.digest.cron, next: job.nextRun()?.toISOString() },
    'digest schedule started',
  );
  return { stop: () => job.stop() };
}

function createJob(pattern: string, timezone: string, tick: () => Promise<void>): Cron {
  let job: Cron | undefined;
  try {
    job = new Cron(pattern, { timezone, protect: true, paused: true }, tick);
    job.nextRun();
    return job;
  } catch (error) {
    job?.stop();
    throw new QuorumError('config_invalid', `Invalid DIGEST_CRON "${pattern}" or DIGEST_TIMEZONE "${timezone}"`, {
      cause: error,
    });
  }
}

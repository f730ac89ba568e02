import { Cron } from 'croner';

/**
 * The scheduled times strictly after `lastRun` and up to `now` (oldest first, at most `limit`): the
 * digests that fell due while nothing ran. Pure: croner only evaluates the pattern, it schedules nothing.
 */
export function dueRuns(lastRun: Date, now: Date, pattern: string, timezone: string, limit = 1000): Date[] {
  const schedule = new Cron(pattern, { timezone, paused: true });
  const runs: Date[] = [];
  for (
    let next = schedule.nextRun(lastRun);
    next && next.getTime() <= now.getTime() && runs.length < limit;
    next = schedule.nextRun(next)
  ) {
    runs.push(next);
  }
  return runs;
}

import type { AnswerQueue } from './create-answer-queue.js';
import type { RateLimiter } from './create-rate-limiter.js';

export type LimitedOutcome<T> = { status: 'done'; value: T } | { status: 'busy' } | { status: 'rate-limited' };

/** Runs expensive work for a user within the per-user rate limit and the global concurrency cap. */
export async function runLimited<T>(
  limits: { rateLimiter: RateLimiter; answerQueue: AnswerQueue },
  user: string,
  task: () => Promise<T>,
): Promise<LimitedOutcome<T>> {
  if (!limits.rateLimiter.tryTake(user)) return { status: 'rate-limited' };
  return limits.answerQueue.run(task);
}

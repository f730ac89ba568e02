import { classifyRateLimitError } from '@langchain/core/utils/async_caller';
import { isQuorumError, QuorumError, type QuorumErrorCode } from '../core/errors.js';

// The one place that knows how OpenAI-compatible APIs fail, for embeddings and chat alike. Inside
// @langchain/openai the SDK's own retries are off, so LangChain's caller is the only retry loop and its
// `maxRetries` bounds it; this module decides which failures that loop retries and how the last one reads.

/**
 * LangChain's caller retries when this returns and gives up when it throws. Retried: rate limits that
 * clear within a minute, 408 and 5xx, timeouts and dropped connections. Not retried: other 4xx, a spent
 * quota, and output that fails to parse (the answerer retries that once itself). LangChain's default
 * handler would give up on a 429 without a Retry-After header, which is why this one exists.
 */
export function retryTransientFailure(error: unknown): void {
  const status = statusOf(error);
  if (status === 429) {
    const rateLimit = classifyRateLimitError(error);
    if (rateLimit?.action === 'stop' || (rateLimit?.retryAfterMs ?? 0) > 60_000) throw error;
    if (rateLimit?.retryAfterMs !== undefined) Object.assign(error as object, { retryAfterMs: rateLimit.retryAfterMs });
    return;
  }
  if (status !== undefined) {
    if (status === 408 || status >= 500) return;
    throw error;
  }
  if (isTimeout(error) || (error instanceof Error && error.constructor.name === 'APIConnectionError')) return;
  throw error;
}

/**
 * A failed call as a QuorumError whose message says what happened in words a user can act on:
 * `timeoutCode` when the deadline passed or the request timed out, `failureCode` otherwise.
 */
export function toOpenAIError(
  error: unknown,
  { step, failureCode, timeoutCode, deadlinePassed = false }: OpenAIErrorContext,
): QuorumError {
  if (isQuorumError(error)) return error;
  if (timeoutCode && (deadlinePassed || isTimeout(error))) {
    return new QuorumError(
      timeoutCode,
      `The model did not respond in time while ${step}; it may be overloaded, try again shortly`,
      {
        cause: error,
      },
    );
  }
  return new QuorumError(failureCode, `The model request failed while ${step} (${describeFailure(error)})`, {
    cause: error,
  });
}

export interface OpenAIErrorContext {
  /** What was being done, as "while …" reads: "answering", "embedding with text-embedding-3-small". */
  step: string;
  failureCode: QuorumErrorCode;
  timeoutCode?: QuorumErrorCode;
  deadlinePassed?: boolean;
}

function describeFailure(error: unknown): string {
  const status = statusOf(error);
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  return status === undefined ? message : `HTTP ${status}: ${message}`;
}

function isTimeout(error: unknown): boolean {
  return (
    error instanceof Error && (error.name === 'TimeoutError' || error.constructor.name === 'APIConnectionTimeoutError')
  );
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
  return typeof error.status === 'number' ? error.status : undefined;
}

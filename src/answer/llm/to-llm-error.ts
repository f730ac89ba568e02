import { isQuorumError, QuorumError } from '../../core/errors.js';

/** Turns a failed model call into a QuorumError that says what happened in words a user can act on. */
export function toLlmError(error: unknown, step: string, deadlinePassed: boolean): QuorumError {
  if (isQuorumError(error)) return error;
  if (deadlinePassed || isTimeout(error)) {
    return new QuorumError(
      'llm_timeout',
      `The language model did not respond in time while ${step}; it may be overloaded, try again shortly`,
      { cause: error },
    );
  }
  const status = typeof error === 'object' && error !== null && 'status' in error ? error.status : undefined;
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  const detail = typeof status === 'number' ? `HTTP ${status}: ${message}` : message;
  return new QuorumError('llm_failed', `The language model request failed while ${step} (${detail})`, { cause: error });
}

function isTimeout(error: unknown): boolean {
  return (
    error instanceof Error && (error.name === 'TimeoutError' || error.constructor.name === 'APIConnectionTimeoutError')
  );
}

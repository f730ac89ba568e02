// Typed errors with a stable code, so callers and tests branch on `code`, never on message text.
export type QuorumErrorCode =
  | 'config_invalid'
  | 'input_unsupported'
  | 'input_unreadable'
  | 'input_empty'
  | 'input_binary'
  | 'input_encoding'
  | 'input_corrupt'
  | 'input_too_large'
  | 'index_missing'
  | 'index_incompatible'
  | 'index_outdated'
  | 'index_locked'
  | 'index_unavailable'
  | 'embedding_failed'
  | 'llm_failed'
  | 'llm_timeout'
  | 'llm_malformed'
  | 'not_found'
  | 'site_unreachable'
  | 'site_malformed';

export class QuorumError extends Error {
  readonly code: QuorumErrorCode;

  constructor(code: QuorumErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'QuorumError';
    this.code = code;
  }
}

export function isQuorumError(error: unknown, code?: QuorumErrorCode): error is QuorumError {
  return error instanceof QuorumError && (code === undefined || error.code === code);
}

import { QuorumError } from '../../core/errors.js';

// Node's socket errors and PostgreSQL's SQLSTATE classes that mean "cannot use this server as
// configured" rather than a fault in a query: unreachable, refusing, wrong credentials, no such database.
const unreachable = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH']);
const unusableClasses = ['08', '28', '3D', '53', '57P'];

/**
 * A PostgreSQL client error as a QuorumError naming the database (never its password), so the CLI and
 * the bot report it in one line; anything that is already a QuorumError passes through.
 */
export function toStoreError(error: unknown, database: string): unknown {
  if (error instanceof QuorumError) return error;
  const code = typeof error === 'object' && error !== null ? String((error as { code?: unknown }).code ?? '') : '';
  const reason = error instanceof Error ? error.message : String(error);
  if (
    unreachable.has(code) ||
    unusableClasses.some((prefix) => code.startsWith(prefix)) ||
    /Connection terminated|timeout exceeded when trying to connect/i.test(reason)
  ) {
    return new QuorumError('index_unavailable', `Cannot use the PostgreSQL database ${database}: ${reason}`, {
      cause: error,
    });
  }
  if (code === '42P01' || code === '42703') {
    return new QuorumError(
      'index_incompatible',
      `The index in ${database} is missing tables or columns this Quorum needs (${reason}); re-open it to migrate, or re-ingest`,
      { cause: error },
    );
  }
  return error;
}

/** Runs `work`, turning client errors into QuorumErrors (toStoreError). */
export async function guarded<T>(database: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStoreError(error, database);
  }
}

import { randomBytes } from 'node:crypto';

/** A short id the user can quote and the logs can be searched for. */
export function createReferenceId(): string {
  return randomBytes(4).toString('hex');
}

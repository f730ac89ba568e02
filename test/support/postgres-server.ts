import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const script = join(import.meta.dirname, '../../scripts/start-postgres.sh');

/** Runs scripts/start-postgres.sh (installs and starts a throwaway server when needed) and returns its DATABASE_URL. */
export async function startPostgres(): Promise<string> {
  const { stdout } = await promisify(execFile)('bash', [script], { maxBuffer: 16 * 2 ** 20 });
  const url = stdout.trim().split('\n').at(-1) ?? '';
  if (!url.startsWith('postgres')) throw new Error(`scripts/start-postgres.sh printed no DATABASE_URL (${stdout})`);
  return url;
}

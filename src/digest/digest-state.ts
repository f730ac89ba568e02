import { readFile, rename, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { QuorumError } from '../core/errors.js';

/** When each channel last had its digest (ISO timestamps), kept across restarts. */
export type DigestState = Record<string, string>;

const stateSchema = z.object({ lastRun: z.record(z.string(), z.iso.datetime()) });

/** Reads the persisted digest times; a missing file is a fresh start, a malformed one an error. */
export async function readDigestState(path: string): Promise<DigestState> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new QuorumError('input_unreadable', `Cannot read the digest state ${path}`, { cause: error });
  }
  try {
    return stateSchema.parse(JSON.parse(text)).lastRun;
  } catch (error) {
    throw new QuorumError('input_corrupt', `The digest state ${path} is malformed; fix or delete it`, { cause: error });
  }
}

/** Replaces the state file atomically (write aside, then rename), so a crash leaves the old or the new state, never half. */
export async function writeDigestState(path: string, state: DigestState): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify({ lastRun: state }, null, 2)}\n`, 'utf8');
  await rename(temporary, path);
}

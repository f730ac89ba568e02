import { rename, writeFile } from 'node:fs/promises';
import type { DigestState } from './read-digest-state.js';

/** Replaces the state file atomically (write aside, then rename), so a crash leaves the old or the new state, never half. */
export async function writeDigestState(path: string, state: DigestState): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify({ lastRun: state }, null, 2)}\n`, 'utf8');
  await rename(temporary, path);
}

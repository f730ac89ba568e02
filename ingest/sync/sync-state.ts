import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { QuorumError } from '../../src/core/errors.js';

const paperSchema = z.object({
  /** The cached copy, under the data directory. */
  file: z.string(),
  /** Of the cached bytes. */
  sha256: z.string(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  /** The sha256 last ingested successfully; differs from `sha256` until the copy is in the index. */
  ingestedSha256: z.string().optional(),
});

const stateSchema = z.object({ version: z.literal(1), papers: z.record(z.string(), paperSchema) });

export type SyncedPaper = z.infer<typeof paperSchema>;
export type SyncState = z.infer<typeof stateSchema>;

/**
 * What earlier syncs of a site fetched, by document URL: its validators for conditional requests and
 * its hash, so an unchanged site costs no downloads and no ingest. A missing file is a first sync.
 */
export async function readSyncState(path: string): Promise<SyncState> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, papers: {} };
    throw new QuorumError('input_unreadable', `Cannot read the sync state ${path}`, { cause: error });
  }
  try {
    return stateSchema.parse(JSON.parse(text));
  } catch (error) {
    throw new QuorumError('input_corrupt', `The sync state ${path} is malformed; fix or delete it`, { cause: error });
  }
}

/**
 * Saves the state after every paper, so an interrupted sync resumes where it stopped. Writes are
 * queued (downloads finish concurrently) and each replaces the file atomically.
 */
export function createSyncStateWriter(path: string, state: SyncState): { save(): Promise<void> } {
  let queue: Promise<void> = Promise.resolve();
  return {
    save() {
      const text = `${JSON.stringify(state, null, 2)}\n`;
      queue = queue.then(async () => {
        await mkdir(dirname(path), { recursive: true });
        const temporary = `${path}.${process.pid}.tmp`;
        await writeFile(temporary, text, 'utf8');
        await rename(temporary, path);
      });
      return queue;
    },
  };
}

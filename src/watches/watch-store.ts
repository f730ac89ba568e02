import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { QuorumError } from '../core/errors.js';

const watchSchema = z.object({
  channel: z.string(),
  topic: z.string(),
  createdBy: z.string(),
  createdAt: z.iso.datetime(),
  /** Papers ingested after this time are new to the watch. */
  checkedAt: z.iso.datetime(),
  /** Keys of the passages already posted (passageKey), so a re-ingested paper does not post them again. */
  posted: z.array(z.string()),
});

const fileSchema = z.object({ watches: z.array(watchSchema) });

export type Watch = z.infer<typeof watchSchema>;

export interface WatchStore {
  /** A channel's watches, numbered from 1 in the order they were made. */
  list(channel: string): Promise<Watch[]>;
  all(): Promise<Watch[]>;
  add(watch: { channel: string; topic: string; createdBy: string; now: Date }): Promise<Watch>;
  /** Removes a channel's watch by its number; undefined when there is none. */
  remove(channel: string, number: number): Promise<Watch | undefined>;
  /** Records what a run posted and how far it looked. */
  update(watch: Watch, change: Pick<Watch, 'checkedAt' | 'posted'>): Promise<void>;
}

// A watch remembers this many posted passages: far more than a topic gathers between two paper revisions.
const postedLimit = 2_000;

/**
 * Topic watches, kept in `watches.json` beside the digest state: every change reads the file, changes
 * it and replaces it atomically, one change at a time, so a crash leaves the old or the new list.
 */
export function createWatchStore({ dataDir }: { dataDir: string }): WatchStore {
  const path = join(dataDir, 'watches.json');
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(change: () => Promise<T>): Promise<T> => {
    const next = queue.then(change);
    queue = next.catch(() => undefined);
    return next;
  };
  const same = (a: Watch, b: Watch) => a.channel === b.channel && a.createdAt === b.createdAt && a.topic === b.topic;

  return {
    list: async (channel) => (await read(path)).filter((watch) => watch.channel === channel),
    all: () => read(path),
    add: ({ channel, topic, createdBy, now }) =>
      serial(async () => {
        const watches = await read(path);
        const at = now.toISOString();
        const watch: Watch = { channel, topic, createdBy, createdAt: at, checkedAt: at, posted: [] };
        await write(path, [...watches, watch]);
        return watch;
      }),
    remove: (channel, number) =>
      serial(async () => {
        const watches = await read(path);
        const target = watches.filter((watch) => watch.channel === channel)[number - 1];
        if (!target) return undefined;
        await write(
          path,
          watches.filter((watch) => watch !== target),
        );
        return target;
      }),
    update: (watch, change) =>
      serial(async () => {
        const watches = await read(path);
        // A watch removed while its run was posting stays removed.
        const next = watches.map((stored) =>
          same(stored, watch)
            ? { ...stored, checkedAt: change.checkedAt, posted: change.posted.slice(-postedLimit) }
            : stored,
        );
        await write(path, next);
      }),
  };
}

async function read(path: string): Promise<Watch[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new QuorumError('input_unreadable', `Cannot read the watches ${path}`, { cause: error });
  }
  try {
    return fileSchema.parse(JSON.parse(text)).watches;
  } catch (error) {
    throw new QuorumError('input_corrupt', `The watches file ${path} is malformed; fix or delete it`, { cause: error });
  }
}

async function write(path: string, watches: Watch[]): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify({ watches }, null, 2)}\n`, 'utf8');
  await rename(temporary, path);
}

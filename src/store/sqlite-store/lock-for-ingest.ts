import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { z } from 'zod';
import { QuorumError } from '../../core/errors.js';

// proper-lockfile refreshes the lock every `update` ms; one not refreshed for `stale` ms is taken over.
const lockTimes = { stale: 10_000, update: 2_000 };

const ownerSchema = z.object({ pid: z.number().int(), host: z.string(), since: z.string() });
type Owner = z.infer<typeof ownerSchema>;

/**
 * Takes the data directory's ingest lock before anything opens the index for writing: a lock
 * directory proper-lockfile keeps fresh while held, and beside it the holder's process id. An
 * ingest killed on this machine leaves both behind; its lock is taken over at once when that
 * process is gone, instead of being mistaken for a running ingest until it goes stale.
 */
export async function lockForIngest(dataDir: string): Promise<() => Promise<void>> {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, 'ingest.lock');
  const ownerPath = join(dataDir, 'ingest-owner.json');
  let release: () => Promise<void>;
  try {
    release = await lock(dataDir, lockPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw lockError(dataDir, undefined, error);
    release = await takeOverFromCrash(dataDir, lockPath, ownerPath, error);
  }
  const owner: Owner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  writeFileSync(ownerPath, JSON.stringify(owner));
  return async () => {
    rmSync(ownerPath, { force: true });
    await release();
  };
}

function lock(dataDir: string, lockPath: string): Promise<() => Promise<void>> {
  return lockfile.lock(dataDir, { lockfilePath: lockPath, realpath: false, ...lockTimes });
}

/**
 * Takes the lock of an ingest whose process is gone; refuses when it may still run. Two processes
 * finding the same dead owner take turns under a short lock of their own, and the second then
 * finds the first as the live owner.
 */
async function takeOverFromCrash(
  dataDir: string,
  lockPath: string,
  ownerPath: string,
  refusal: unknown,
): Promise<() => Promise<void>> {
  if (!isDeadHere(readOwner(ownerPath))) throw lockError(dataDir, readOwner(ownerPath), refusal);
  let releaseTakeover: () => Promise<void>;
  try {
    // A path of its own: proper-lockfile keeps one lock per path in a process.
    releaseTakeover = await lockfile.lock(join(dataDir, 'ingest-takeover'), { realpath: false, ...lockTimes });
  } catch (error) {
    throw lockError(dataDir, undefined, error);
  }
  try {
    const owner = readOwner(ownerPath);
    if (!isDeadHere(owner)) throw lockError(dataDir, owner, refusal);
    rmSync(lockPath, { recursive: true, force: true });
    return await lock(dataDir, lockPath);
  } finally {
    await releaseTakeover();
  }
}

function readOwner(ownerPath: string): Owner | undefined {
  try {
    return ownerSchema.parse(JSON.parse(readFileSync(ownerPath, 'utf8')));
  } catch {
    // Not written yet, or by another version: treated as unknown, so as possibly running.
    return undefined;
  }
}

function isDeadHere(owner: Owner | undefined): boolean {
  if (!owner || owner.host !== hostname() || owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    // EPERM: alive, under another user.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function lockError(dataDir: string, owner: Owner | undefined, cause: unknown): QuorumError {
  const message = owner
    ? `Another ingest (process ${owner.pid} on ${owner.host}, since ${owner.since}) is running on ${dataDir}; wait for it to finish`
    : `The index at ${dataDir} is locked by an ingest that is running or stopped less than ${lockTimes.stale / 1000} s ago; wait for it to finish or try again shortly`;
  return new QuorumError('index_locked', message, { cause });
}

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockForIngest } from './lock-for-ingest.js';

let dataDir: string;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'quorum-lock-'));
});

afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

/** What an ingest killed with -9 leaves: a fresh lock directory and its owner's record. */
function leaveLock(pid: number): void {
  mkdirSync(join(dataDir, 'ingest.lock'));
  writeFileSync(join(dataDir, 'ingest-owner.json'), JSON.stringify({ pid, host: hostname(), since: 'earlier' }));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the embedded store ingest lock', () => {
  it('refuses a second holder in one process, naming the holder, and grants it once released', async () => {
    const release = await lockForIngest(dataDir);
    const refused = await lockForIngest(dataDir).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'index_locked' });
    expect((refused as Error).message).toContain(`process ${process.pid}`);
    await release();
    await (await lockForIngest(dataDir))();
  });

  it('takes over at once the lock of an ingest whose process is gone, instead of calling it running', async () => {
    const gone = 4_194_303;
    expect(isRunning(gone)).toBe(false);
    leaveLock(gone);
    const started = performance.now();
    const release = await lockForIngest(dataDir);
    expect(performance.now() - started).toBeLessThan(1000);
    await release();
  });

  it('refuses a fresh lock whose owner is alive, or unknown, saying which', async () => {
    leaveLock(process.ppid);
    await expect(lockForIngest(dataDir)).rejects.toThrow(`Another ingest (process ${process.ppid}`);
    rmSync(join(dataDir, 'ingest-owner.json'));
    await expect(lockForIngest(dataDir)).rejects.toThrow(/running or stopped less than 10 s ago/);
  });
});

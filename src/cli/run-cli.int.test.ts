import { spawn } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

describe('runCli', { timeout: 60_000 }, () => {
  it('exits with the command’s code only once all of its output has gone down the pipe', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/cli/print-long-output.ts'], {
      cwd: repositoryRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    // A reader slower than the command (`eval --json | jq` on a busy machine): nothing is read
    // until the command has had time to finish, so the pipe's buffer fills first.
    child.stdout.pause();
    await delay(3_000);
    let length = 0;
    child.stdout.on('data', (data: Buffer) => {
      length += data.length;
    });
    child.stdout.resume();
    expect(await exited).toBe(3);
    expect(length).toBe('minute '.length * 50_000 + 1);
  });
});

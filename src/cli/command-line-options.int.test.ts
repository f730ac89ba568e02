import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/run-cli.js';

// Options are checked before any index is opened: an empty data folder must stay empty.
let root: string;
let env: Record<string, string>;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'quorum-cli-options-'));
  env = { QUORUM_DATA_DIR: join(root, 'data'), QUORUM_EMBEDDER: 'local' };
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('command-line options', { timeout: 60_000 }, () => {
  it('prints the usage on --help and exits 0', async () => {
    const result = await runCli('src/cli/digest.ts', ['--help'], env);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^Usage: npm run digest -- .*--since/);
  });

  it('names a mistyped option on one line with the usage, and exits 1', async () => {
    const result = await runCli('src/cli/brief.ts', ['--jsn', 'next'], env);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^Unknown option '--jsn'\. Usage: npm run brief -- /),
    ]);
    expect(existsSync(join(root, 'data'))).toBe(false);
  });
});

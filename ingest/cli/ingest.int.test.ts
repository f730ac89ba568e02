import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/run-cli.js';

// `npm run ingest` with a bad file among good ones: the good ones are indexed, the run reports failure.
const good = ['corpus/001_10f830cb2e8bf681.txt', 'test/fixtures/minutes-sample.html'];
const bad = 'test/fixtures/notes.docx';
let root: string;
let env: Record<string, string>;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'quorum-ingest-cli-'));
  env = { QUORUM_DATA_DIR: join(root, 'data'), QUORUM_EMBEDDER: 'local' };
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('ingest CLI', { timeout: 60_000 }, () => {
  it('ingests the good files, names the bad one in the summary and exits 1', async () => {
    const result = await runCli('ingest/cli/ingest.ts', [...good, bad], env);
    expect(result.code).toBe(1);
    const summary = result.stdout.split('\n').find((line) => line.startsWith('Index '));
    expect(summary).toMatch(/: 2 added, 0 updated, 0 unchanged, 0 removed, 1 failed; \d+ chunks in [\d.]+ s$/);
    expect(result.stdout).toMatch(/^ {2}failed: .*notes\.docx/m);
    for (const source of good) expect(result.stdout).toContain(source);
  });

  it('finds the good files already indexed on the next run, and exits 0', async () => {
    const result = await runCli('ingest/cli/ingest.ts', good, env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/: 0 added, 0 updated, 2 unchanged, 0 removed, 0 failed; 0 chunks/);
  });
});

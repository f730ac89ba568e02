import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exemptReport } from '../../test/support/report-paper.js';
import { type CliResult, runCli } from '../../test/support/run-cli.js';

// `npm run ask` as a user runs it: a fresh clone has no index, so the first run builds one.
let root: string;
let env: Record<string, string>;
let first: CliResult;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'quorum-ask-cli-'));
  env = { QUORUM_DATA_DIR: join(root, 'data'), QUORUM_EMBEDDER: 'local' };
  first = await runCli('src/cli/ask.ts', ['How many safeguarding enquiries were completed in 2022-2023?'], env);
}, 120_000);
afterAll(() => rm(root, { recursive: true, force: true }));

describe('ask CLI on a fresh clone', () => {
  it('builds the index with a one-line notice, then answers with a numbered source list', () => {
    expect(first.code).toBe(0);
    expect(first.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^No index at .*data yet: building it from the bundled corpus/),
    ]);
    const [answer, sources] = first.stdout.split('\nSources:\n');
    expect(answer).toContain('634');
    expect(answer).toMatch(/\[1\]/);
    expect(sources?.trim().split('\n')[0]).toMatch(
      /^\[1\] Improving Lives Select Commission · 31 October 2023 · Minute 125 — .+ \(corpus\/000_71088af9a53d8a0a\.txt:\d+\)$/,
    );
  });
});

describe('ask CLI over the built index', { timeout: 60_000 }, () => {
  it('gives parseable JSON with citations, and builds nothing the second time', async () => {
    const result = await runCli(
      'src/cli/ask.ts',
      ['Who sent apologies to the 29 October 2024 meeting?', '--json'],
      env,
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const json = JSON.parse(result.stdout);
    expect(json.abstained).toBe(false);
    expect(json.citations[0]).toMatchObject({
      n: 1,
      meetingDate: '2024-10-29',
      source: 'corpus/002_9be5cb5516d64b0d.txt',
    });
    expect(json.text).toContain('[1]');
    expect(json.passages.length).toBeGreaterThan(0);
  });

  it('applies --since and --until to what it cites', async () => {
    const result = await runCli(
      'src/cli/ask.ts',
      ['What was said about elective home education?', '--json', '--since', '1 January 2024', '--until', '2024-08-31'],
      env,
    );
    const json = JSON.parse(result.stdout);
    expect(json.citations.length).toBeGreaterThan(0);
    for (const citation of json.citations) expect(citation.meetingDate).toBe('2024-07-30');
  });

  it('abstains in plain words with no source list', async () => {
    const result = await runCli('src/cli/ask.ts', ['What are the car parking charges at the leisure centre?'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^I found nothing on that in the papers/);
    expect(result.stdout).not.toContain('Sources:');
  });

  it.each([
    ['--since', 'next-ish'],
    ['--until', '2024-02-30'],
  ])('rejects %s %s with a one-line error and exit 1, before building any index', async (option, value) => {
    const untouched = join(root, `untouched${option}`);
    const result = await runCli('src/cli/ask.ts', ['What was decided?', option, value], {
      ...env,
      QUORUM_DATA_DIR: untouched,
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      `${option} must be a date such as 2024-09-01 or "1 September 2024" (got "${value}")`,
    ]);
    expect(existsSync(untouched)).toBe(false);
  });

  it('prints the usage when no question is given', async () => {
    const result = await runCli('src/cli/ask.ts', [], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Usage: npm run ask/);
  });

  it('leaves exempt papers out unless --include-exempt is given', async () => {
    const corpus = join(root, 'exempt-corpus');
    await mkdir(corpus);
    await writeFile(join(corpus, 'exempt-report.txt'), exemptReport);
    const exemptEnv = { ...env, QUORUM_DATA_DIR: join(root, 'exempt-data'), QUORUM_CORPUS_DIR: corpus };
    const question = 'What is the weekly bed price for the Oakridge House secure accommodation contract?';
    const hidden = await runCli('src/cli/ask.ts', [question, '--json'], exemptEnv);
    expect(JSON.parse(hidden.stdout)).toMatchObject({ abstained: true, citations: [], passages: [] });
    const shown = JSON.parse(
      (await runCli('src/cli/ask.ts', [question, '--json', '--include-exempt'], exemptEnv)).stdout,
    );
    expect(shown.abstained).toBe(false);
    expect(shown.text).toContain('6,250');
  });
});

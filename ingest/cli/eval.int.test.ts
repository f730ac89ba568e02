import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/run-cli.js';

// Our own questions over one real paper, in the shared evaluation format.
const questions = [
  {
    id: 'adoption',
    question: 'What was resolved about the South Yorkshire Regional Adoption Agency?',
    evidence: ['That the report be noted'],
    facts: ['noted'],
    meeting: '2019-01-15',
    minute: '51',
  },
  { id: 'bypass', question: 'What did the commission decide about the new bypass toll charges?', unanswerable: true },
  // Deliberately wrong expectations, so the human report has a miss to show.
  {
    id: 'miss',
    question: 'Who chaired the meeting on 15 January 2019?',
    evidence: ['a sentence the papers never hold'],
    facts: ['Councillor Nobody'],
    meeting: '2019-01-15',
  },
];
const metricKeys = [
  'hit@1',
  'hit@5',
  'mrr@10',
  'factRecall',
  'citationPrecision',
  'citationDateAccuracy',
  'abstainAccuracy',
  'falseAbstainRate',
  'p50Ms',
  'p95Ms',
];

let root: string;
let env: Record<string, string>;
let args: string[];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'quorum-eval-cli-'));
  await mkdir(join(root, 'corpus'));
  await writeFile(join(root, 'questions.jsonl'), questions.map((question) => JSON.stringify(question)).join('\n'));
  await copyFile(
    new URL('../../corpus/001_10f830cb2e8bf681.txt', import.meta.url),
    join(root, 'corpus', 'minutes.txt'),
  );
  env = { QUORUM_DATA_DIR: join(root, 'data'), QUORUM_EMBEDDER: 'local' };
  args = ['--questions', join(root, 'questions.jsonl'), '--corpus', join(root, 'corpus')];
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('eval CLI', { timeout: 60_000 }, () => {
  it('--json prints only a JSON report with the shared metric keys, the baseline and per-question results', async () => {
    const result = await runCli('ingest/cli/eval.ts', [...args, '--json'], env);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report.metrics)).toEqual(metricKeys);
    expect(Object.keys(report.baseline)).toEqual(metricKeys);
    expect(report.metrics).toMatchObject({ 'hit@5': 0.5, abstainAccuracy: 1, falseAbstainRate: 0 });
    expect(report.questions.map((question: { id: string }) => question.id)).toEqual(['adoption', 'bypass', 'miss']);
    const [adoption, bypass] = report.questions;
    expect(adoption).toMatchObject({ abstained: false, factsHeld: [true], citedExpectedDate: true });
    expect(adoption.citations[0]).toMatchObject({ n: 1, meetingDate: '2019-01-15', minute: '51' });
    expect(bypass).toMatchObject({ abstained: true, citations: [] });
  });

  it('prints a metric table beside the baseline and each miss with what was retrieved', async () => {
    const result = await runCli('ingest/cli/eval.ts', args, env);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^metric\s+quorum\s+baseline/);
    for (const key of metricKeys) expect(lines.some((line) => line.startsWith(`${key} `))).toBe(true);
    expect(result.stdout).toMatch(/misses \(1\):\n- miss: Who chaired the meeting on 15 January 2019\?/);
    expect(result.stdout).toMatch(/facts held \[false\]/);
    expect(result.stdout).toMatch(/retrieved \d\.\d{3} /);
  });

  it('evaluates several sets in one run, each with its own report, a broken paper left out', async () => {
    const second = join(root, 'second');
    await mkdir(second, { recursive: true });
    await copyFile(join(root, 'corpus', 'minutes.txt'), join(second, 'minutes.txt'));
    await writeFile(join(second, 'broken.pdf'), 'not a PDF at all');
    const referenced = questions.slice(0, 2).map((question) => ({ ...question, reference: 'The report was noted.' }));
    await writeFile(join(root, 'referenced.jsonl'), referenced.map((question) => JSON.stringify(question)).join('\n'));
    const result = await runCli(
      'ingest/cli/eval.ts',
      [...args, '--questions', join(root, 'referenced.jsonl'), '--corpus', second, '--json', '--no-baseline'],
      env,
    );
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.sets).toHaveLength(2);
    const [first, other] = report.sets;
    expect(Object.keys(first.metrics)).toEqual(metricKeys);
    expect(first.failedPapers).toEqual([]);
    expect(Object.keys(other.metrics)).toEqual([...metricKeys, 'rouge1', 'rouge2', 'rougeL']);
    expect(other.failedPapers).toHaveLength(1);
    expect(other.questions.map((question: { id: string }) => question.id)).toEqual(['adoption', 'bypass']);
    expect(other.questions[0].rouge.rouge1).toBeGreaterThan(0);
  });

  it('fails with one line when --questions is missing', async () => {
    const result = await runCli('ingest/cli/eval.ts', ['--json'], env);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/--questions is required/);
  });
});

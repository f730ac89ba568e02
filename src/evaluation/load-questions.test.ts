import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isQuorumError } from '../core/errors.js';
import { loadQuestions } from './load-questions.js';

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'quorum-questions-'));
});
afterAll(() => rm(directory, { recursive: true, force: true }));

async function write(name: string, lines: string[]): Promise<string> {
  const path = join(directory, name);
  await writeFile(path, lines.join('\n'));
  return path;
}

describe('loadQuestions', () => {
  it('reads one question a line, skipping blank lines and filling defaults', async () => {
    const path = await write('set.jsonl', [
      JSON.stringify({
        id: 'a',
        question: 'How many foster carers?',
        evidence: ['19 households'],
        facts: ['19', ['24', 'twenty-four']],
        meeting: ['2024-07-30'],
      }),
      '',
      JSON.stringify({ id: 'b', question: 'What about the bypass?', unanswerable: true }),
    ]);
    const questions = await loadQuestions(path);
    expect(questions).toHaveLength(2);
    expect(questions[0]).toMatchObject({
      id: 'a',
      facts: ['19', ['24', 'twenty-four']],
      meeting: ['2024-07-30'],
      unanswerable: false,
    });
    expect(questions[1]).toEqual({
      id: 'b',
      question: 'What about the bypass?',
      evidence: [],
      facts: [],
      unanswerable: true,
    });
  });

  it('names the file, line and field of an invalid question', async () => {
    const path = await write('bad.jsonl', [
      JSON.stringify({ id: 'a', question: 'Fine?' }),
      JSON.stringify({ id: 'b', question: '' }),
    ]);
    const error = await loadQuestions(path).catch((caught: unknown) => caught);
    expect(isQuorumError(error, 'input_corrupt')).toBe(true);
    expect((error as Error).message).toMatch(/bad\.jsonl:2: field question/);
  });

  it('names the file and line of a line that is not JSON', async () => {
    const path = await write('broken.jsonl', [
      JSON.stringify({ id: 'a', question: 'Fine?' }),
      '{"id": "b", "question": ',
    ]);
    const error = await loadQuestions(path).catch((caught: unknown) => caught);
    expect(isQuorumError(error, 'input_corrupt')).toBe(true);
    expect((error as Error).message).toMatch(/broken\.jsonl:2: not a JSON object/);
  });

  it('fails with a typed error when the file cannot be read', async () => {
    const error = await loadQuestions(join(directory, 'missing.jsonl')).catch((caught: unknown) => caught);
    expect(isQuorumError(error, 'input_unreadable')).toBe(true);
  });
});

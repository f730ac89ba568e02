import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../src/core/logger.js';
import { openQuorum, type Quorum } from '../../src/open-quorum.js';
import { buildCorpusIndex, type CorpusIndex } from '../support/build-corpus-index.js';

// The same minutes uploaded five more times (each copy differs only in trailing blank lines, so each is
// stored as its own document): answers must read as they do over one copy.
describe('five copies of a minutes paper', () => {
  let folder: string;
  let index: CorpusIndex;
  let quorum: Quorum;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'quorum-copies-'));
    const minutes = await readFile('corpus/000_71088af9a53d8a0a.txt', 'utf8');
    const copies = [];
    for (let copy = 1; copy <= 5; copy += 1) {
      const path = join(folder, `copy-${copy}.txt`);
      await writeFile(path, `${minutes}${'\n'.repeat(copy)}`);
      copies.push(path);
    }
    index = await buildCorpusIndex({ paths: ['corpus', ...copies] });
    quorum = await openQuorum({ config: index.config, logger: createSilentLogger() });
  });
  afterAll(async () => {
    await quorum?.close();
    await index?.cleanup();
    await rm(folder, { recursive: true, force: true });
  });

  it('still finds what was resolved, citing it once', async () => {
    const answer = await quorum.answerQuestion({ question: 'What was resolved on elective home education?' });
    expect(answer.abstained).toBe(false);
    expect(answer.text).not.toMatch(/found no resolution/);
    expect(answer.text).toContain('Concerns about safeguarding implications be fed back');
    const quotes = answer.citations.map((citation) => citation.quote);
    expect(new Set(quotes).size).toBe(quotes.length);
  });

  it('summarises the meeting with each minute once', async () => {
    const answer = await quorum.answerQuestion({ question: 'What was resolved on 31 October 2023?' });
    expect(answer.abstained).toBe(false);
    expect(answer.text.match(/Minute 126\b/g)).toHaveLength(1);
  });
});

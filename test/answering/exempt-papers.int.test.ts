import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../src/core/logger.js';
import { openQuorum, type Quorum } from '../../src/open-quorum.js';
import { buildCorpusIndex, type CorpusIndex } from '../support/build-corpus-index.js';
import { exemptReport, publicReport } from '../support/report-paper.js';

// An invented exempt report beside a public one and a real paper.
let corpus: string;
let index: CorpusIndex;
let quorum: Quorum;

beforeAll(async () => {
  corpus = await mkdtemp(join(tmpdir(), 'quorum-exempt-corpus-'));
  await writeFile(join(corpus, 'exempt-report.txt'), exemptReport);
  await writeFile(join(corpus, 'public-report.txt'), publicReport);
  index = await buildCorpusIndex({ paths: [corpus, 'corpus/001_10f830cb2e8bf681.txt'] });
  quorum = await openQuorum({
    config: { dataDir: index.dataDir, embedder: 'local', openai: undefined },
    logger: createSilentLogger(),
  });
});
afterAll(async () => {
  await quorum?.close();
  await index?.cleanup();
  await rm(corpus, { recursive: true, force: true });
});

const question = 'What is the weekly bed price for the Oakridge House secure accommodation contract?';
const isExemptSource = (source: string) => source.endsWith('exempt-report.txt');

describe('exempt papers', () => {
  it('marks the report exempt at ingest', async () => {
    const parts = (await quorum.store.listParts()).filter((stored) => stored.part.kind === 'report');
    expect(parts.find((stored) => isExemptSource(stored.source))?.part.report?.exempt).toBe(true);
    expect(parts.find((stored) => stored.source.endsWith('public-report.txt'))?.part.report?.exempt).toBe(false);
  });

  it('never returns an exempt passage by default, even when it is the only match', async () => {
    const passages = await quorum.retrieve({ question });
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.some(({ chunk }) => chunk.exempt || isExemptSource(chunk.source))).toBe(false);
    const answer = await quorum.answerQuestion({ question });
    expect(answer.citations.some((citation) => isExemptSource(citation.source))).toBe(false);
    expect(answer.text).not.toContain('6,250');
  });

  it('returns and cites the exempt passage when asked to include exempt papers', async () => {
    const [first] = await quorum.retrieve({ question, filters: { includeExempt: true } });
    expect(first?.chunk.exempt).toBe(true);
    const answer = await quorum.answerQuestion({ question, filters: { includeExempt: true } });
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]?.source).toMatch(/exempt-report\.txt$/);
    expect(answer.text).toContain('6,250');
  });
});

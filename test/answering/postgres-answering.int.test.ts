import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../ingest/pipeline/ingest-paths.js';
import { createSilentLogger } from '../../src/core/logger.js';
import { openQuorum, type Quorum } from '../../src/open-quorum.js';
import { expectCitationsDated } from '../support/expect-citations-dated.js';
import { localEmbedder } from '../support/local-embedder.js';
import { useTestDatabase } from '../support/start-postgres.js';

// The bundled corpus in PostgreSQL, through the same ingest and answering code as the embedded store.
const databaseUrl = useTestDatabase();
const dataDir = 'unused-with-a-database';
const quorums: Quorum[] = [];

const ingest = () =>
  ingestPaths({
    paths: ['corpus'],
    location: { dataDir, databaseUrl: databaseUrl() },
    embedder: localEmbedder,
    chunking: { size: 1200, overlap: 150 },
    logger: createSilentLogger(),
  });

const open = async () => {
  const quorum = await openQuorum({
    config: { dataDir, databaseUrl: databaseUrl(), embedder: 'local', openai: undefined },
    logger: createSilentLogger(),
  });
  quorums.push(quorum);
  return quorum;
};

beforeAll(async () => {
  const summary = await ingest();
  expect(summary.failed).toEqual([]);
});

afterAll(async () => {
  for (const quorum of quorums) await quorum.close();
});

describe('answering from the PostgreSQL + pgvector store', () => {
  it('answers a decision question with the resolutions, cited to their own meeting', async () => {
    const quorum = await open();
    const answer = await quorum.answerQuestion({ question: 'What was resolved on elective home education?' });
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('safeguarding implications');
    expect(answer.citations[0]).toMatchObject({ meetingDate: '2023-10-31', minute: '126' });
    await expectCitationsDated(answer.citations, quorum.store);
  });

  it('skips every unchanged paper on a second ingest, while two bots read the same database', async () => {
    const [first, second] = [await open(), await open()];
    const question = { question: 'Who chaired the meeting on 15 January 2019?' };
    const [during, summary] = await Promise.all([first.answerQuestion(question), ingest()]);
    expect(summary.added).toEqual([]);
    expect(summary.unchanged.length).toBeGreaterThan(0);
    const after = await second.answerQuestion(question);
    expect(after.text).toBe(during.text);
    expect(after.citations[0]?.meetingDate).toBe('2019-01-15');
  });

  it('abstains, citing nothing, on a question the papers cannot answer', async () => {
    const answer = await (await open()).answerQuestion({
      question: 'How much did the council spend on the new swimming pool?',
    });
    expect(answer.abstained).toBe(true);
    expect(answer.citations).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../src/core/logger.js';
import { openQuorum, type Quorum } from '../../src/open-quorum.js';
import { buildCorpusIndex, type CorpusIndex } from '../support/build-corpus-index.js';

// A risk register longer than a passage: its later rows stand in passages that do not print its header.
describe('rows of a long register', () => {
  let index: CorpusIndex;
  let quorum: Quorum;

  beforeAll(async () => {
    index = await buildCorpusIndex({ paths: ['test/fixtures/held-out-layouts-15b'] });
    quorum = await openQuorum({ config: index.config, logger: createSilentLogger() });
  });
  afterAll(async () => {
    await quorum?.close();
    await index?.cleanup();
  });

  it('answers a column asked of a later row, read with the columns named', async () => {
    const answer = await quorum.answerQuestion({
      question: 'What is the target date for the Brook Street depot relocation risk?',
    });
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('Risk owner: Director of Place');
    expect(answer.text).toContain('Target date: 31 January 2033');
  });
});

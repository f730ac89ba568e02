import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../src/core/logger.js';
import { openQuorum, type Quorum } from '../../src/open-quorum.js';
import { buildCorpusIndex, type CorpusIndex } from '../support/build-corpus-index.js';

// Invented papers of five councils in layouts the other fixtures do not cover: a district cabinet, a borough's
// full council with a recorded vote, a licensing committee's summons (the latest meeting indexed), US action
// minutes and an Irish municipal district.
const folder = fileURLToPath(new URL('../fixtures/held-out-layouts/', import.meta.url));

describe('questions on papers in held-out layouts', () => {
  let index: CorpusIndex;
  let quorum: Quorum;

  beforeAll(async () => {
    index = await buildCorpusIndex({ paths: readdirSync(folder).map((name) => `${folder}${name}`) });
    quorum = await openQuorum({ config: index.config, logger: createSilentLogger() });
  });
  afterAll(async () => {
    await quorum?.close();
    await index?.cleanup();
  });

  it("answers when a named council next meets from that council's minutes, not the latest paper indexed", async () => {
    const answer = await quorum.answerQuestion({ question: 'When is the next Fenwick Marsh council meeting?' });
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('17 September 2026');
    expect(answer.citations[0]).toMatchObject({ meetingDate: '2026-07-16', minute: '51' });
  });

  it('answers how members voted on a motion with its recorded vote', async () => {
    const answer = await quorum.answerQuestion({ question: 'How did councillors vote on the net zero motion?' });
    expect(answer.text).toContain('For (7) … Against (4) … Abstain (1) … The motion was CARRIED.');
    expect(answer.text).not.toContain('amendment was LOST');
  });

  it('answers what a US council decided with its motion, cited to the lettered item', async () => {
    const answer = await quorum.answerQuestion({
      question: 'What did Larkspur Falls city council decide about leaf blowers?',
    });
    expect(answer.text).toContain('phase-out date moved to January 1, 2028');
    expect(answer.citations[0]).toMatchObject({ meetingDate: '2025-09-09', minute: '8.A' });
  });

  it('abstains on a compound topic whose unseen modifier the papers print only with other words ("Kestrel Farm")', async () => {
    for (const question of ['any plans for a wind farm?', 'did the cabinet back a new bowling centre?']) {
      expect((await quorum.answerQuestion({ question })).abstained, question).toBe(true);
    }
  });
});

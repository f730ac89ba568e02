import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../src/core/logger.js';
import { openQuorum, type Quorum } from '../../src/open-quorum.js';
import { buildCorpusIndex, type CorpusIndex } from '../support/build-corpus-index.js';
import { layoutFixtures } from '../support/parse-corpus-paper.js';

// Invented papers of several councils and authorities: a town council's committee whose allotments item never
// prints the town, a parish that prints its own name beside its allotments, a planning committee's schedule of
// decisions and a fire and rescue authority's minutes.
const papers = [
  'town-committee-under-council.md',
  'parish-council-allotments.md',
  'planning-decisions-schedule.txt',
  'fire-authority-minutes.txt',
  'joint-committee-minutes.txt',
].map((name) => `${layoutFixtures}${name}`);

describe('questions naming a place, an application or an authority', () => {
  let index: CorpusIndex;
  let quorum: Quorum;

  beforeAll(async () => {
    index = await buildCorpusIndex({ paths: papers });
    quorum = await openQuorum({ config: index.config, logger: createSilentLogger() });
  });
  afterAll(async () => {
    await quorum?.close();
    await index?.cleanup();
  });

  it("answers a question naming the town from its committee's item that never prints the town", async () => {
    const answer = await quorum.answerQuestion({ question: 'What was said about allotments in Wexcombe?' });
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]).toMatchObject({ committee: 'Community and Environment Committee', minute: 'CE/25/04' });
    expect(answer.citations.every((citation) => citation.committee !== 'Harrowfield Parish Council')).toBe(true);
    const [first] = await quorum.retrieve({ question: 'What was said about allotments in Wexcombe?' });
    expect(first!.chunk.minute).toBe('CE/25/04');
  });

  it('still abstains on a place no paper belongs to', async () => {
    expect((await quorum.answerQuestion({ question: 'What was said about allotments in Ashbourne?' })).abstained).toBe(
      true,
    );
  });

  it("abstains when only another council's papers hold the topic, rather than quote the place's on something else", async () => {
    const answer = await quorum.answerQuestion({ question: 'What was said about the zip wire in Wexcombe?' });
    expect(answer.abstained).toBe(true);
  });

  it('answers what was decided on an application with its decision, cited to its record', async () => {
    const answer = await quorum.answerQuestion({ question: 'What was decided on the application at Orchard Rise?' });
    expect(answer.text).toContain('REFUSED');
    expect(answer.citations[0]).toMatchObject({
      committee: 'Planning Committee',
      meetingDate: '2025-02-12',
      minute: '24/0871/FUL',
    });
  });

  it("cites an authority's minutes under its full name", async () => {
    const answer = await quorum.answerQuestion({ question: 'What did the fire authority decide about the precept?' });
    expect(answer.text).toContain('£89.42');
    expect(answer.citations[0]).toMatchObject({ committee: 'Hartshire Fire and Rescue Authority', minute: '2' });
  });
});

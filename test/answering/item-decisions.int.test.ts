import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../src/core/logger.js';
import { openQuorum, type Quorum } from '../../src/open-quorum.js';
import { buildCorpusIndex, type CorpusIndex } from '../support/build-corpus-index.js';
import { layoutFixtures } from '../support/parse-corpus-paper.js';

// Invented minutes: a proposal debated at length and deferred, a lettings proposal approved in a numbered
// resolution after a note of the report, and an outturn report the meeting only noted; and a planning
// committee's schedule of decisions, each application a record of labelled fields.
describe('what happened to an item', () => {
  let index: CorpusIndex;
  let quorum: Quorum;

  beforeAll(async () => {
    index = await buildCorpusIndex({
      paths: ['test/fixtures/item-decisions/executive-minutes.txt', `${layoutFixtures}planning-decisions-schedule.txt`],
    });
    quorum = await openQuorum({ config: index.config, logger: createSilentLogger() });
  });
  afterAll(async () => {
    await quorum?.close();
    await index?.cleanup();
  });

  it('answers with the decision, not the proposal the question repeats', async () => {
    const answer = await quorum.answerQuestion({
      question: 'What happened to the proposal to close Ousebridge swimming pool?',
    });
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('deferred to the July meeting');
    expect(answer.text).not.toContain('proposed closing');
    expect(answer.citations.every((citation) => citation.minute === '52')).toBe(true);
  });

  it('answers with what a numbered resolution decides, not its note of the report', async () => {
    const answer = await quorum.answerQuestion({ question: 'What happened with the market hall lettings?' });
    expect(answer.text).toContain('discounted lettings be approved');
    expect(answer.text).not.toMatch(/report be noted|proposed letting/);
  });

  it('never gives a bare note of the report as what happened, but what the item was', async () => {
    const answer = await quorum.answerQuestion({ question: 'What happened to the treasury management outturn?' });
    expect(answer.abstained).toBe(false);
    expect(answer.text).not.toContain('be noted');
    expect(answer.text).toContain('investment income');
  });

  it("answers from a decisions schedule with the application's decision and its reasons, not its proposal", async () => {
    const deferred = await quorum.answerQuestion({ question: 'What happened to the Lantern Inn application?' });
    expect(deferred.text).toContain('DEFERRED');
    expect(deferred.text).toContain('noise assessment');
    expect(deferred.text).not.toContain('Change of use');
    // An approval keeps the conditions it brings.
    const approved = await quorum.answerQuestion({ question: 'What happened with Brook Farm?' });
    expect(approved.text).toContain('APPROVED');
    expect(approved.text).toContain('Decommissioning and restoration');
  });
});

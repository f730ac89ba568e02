import { describe, expect, it } from 'vitest';
import { testChunk } from '../../../test/support/test-chunk.js';
import type { Chunk } from '../../core/chunk.js';
import { analyzeQuestion } from '../../search/analyze-question.js';
import { keptShare, selectResolutions } from './select-resolutions.js';
import type { Candidate } from './select-segments.js';

function candidate(text: string, overrides: Partial<Chunk> = {}, coverage = 0.8): Candidate {
  const chunk = testChunk({
    headingPath: ['Cabinet', '2024-03-05', 'Minute 12 — Depot'],
    minute: '12',
    minuteTitle: 'Depot',
    text,
    ...overrides,
  });
  return { passage: { chunk, score: 1 }, coverage };
}

const now = new Date('2025-06-01');
const committees = ['Cabinet', 'Orchardleigh Parish Council'];

describe('keptShare', () => {
  it('keeps a Resolved block on less coverage when the question asks what was decided', () => {
    const resolved = candidate('RESOLVED that the depot site be sold.', { section: 'Resolved' });
    const decided = analyzeQuestion('What did the cabinet decide about the old depot?', { now, committees });
    const said = analyzeQuestion('How big is the old depot?', { now, committees });
    expect(keptShare(decided, resolved)).toBeLessThan(keptShare(said, resolved));
    expect(keptShare(decided, candidate('The depot was built in 1962.'))).toBe(keptShare(said, resolved));
  });
});

describe('selectResolutions', () => {
  it("answers with the named body's decision, not another body's on the same topic", () => {
    const cabinet = candidate(
      'RESOLVED that the old depot site be sold to the housing company.',
      { section: 'Resolved' },
      0.9,
    );
    const parish = candidate(
      'RESOLVED to object to the sale of the old depot site.',
      {
        section: 'Resolved',
        committee: 'Orchardleigh Parish Council',
        source: 'parish.md',
        minute: '7',
        headingPath: ['Orchardleigh Parish Council', '2024-03-05', 'Minute 7 — Depot'],
      },
      0.6,
    );
    const analysis = analyzeQuestion('What did Orchardleigh decide about the old depot site?', { now, committees });
    const chosen = selectResolutions([cabinet, parish], analysis, () => 1) ?? [];
    expect(chosen.map((segment) => segment.text).join(' ')).toContain('object to the sale');
    expect(chosen.map((segment) => segment.text).join(' ')).not.toContain('housing company');
  });

  it('answers with a decision that names nothing but its outcome, under an item titled by the topic', () => {
    const record = { minute: '24/0952/COU', minuteTitle: 'Former Lantern Inn, 2 High Street' };
    const fields = candidate(
      'Site: Former Lantern Inn, 2 High Street\nProposal: Change of use to a nursery',
      record,
      0.9,
    );
    const decision = candidate(
      'Decision: DEFERRED\nReasons: Members asked for a noise assessment.',
      { ...record, section: 'Resolved' },
      0.5,
    );
    const analysis = analyzeQuestion('What was decided on the Lantern Inn application?', { now, committees });
    const chosen = selectResolutions([fields, decision], analysis, () => 1) ?? [];
    expect(chosen.map((segment) => segment.text).join(' ')).toContain('DEFERRED');
  });
});

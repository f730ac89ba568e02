import { describe, expect, it } from 'vitest';
import { testChunk } from '../../../test/support/test-chunk.js';
import { readableSegment } from '../../core/sentences.js';
import { withColumnNames } from '../../core/table-rows.js';
import { analyzeQuestion } from '../../search/analyze-question.js';
import { type Candidate, selectSegments } from './select-segments.js';

// A holdings table under the paragraph that introduces it.
const options = { maxSegments: 4, maxPassages: 3, relativeCutoff: 0.8, otherPassageCutoff: 0.92 };
const now = new Date('2041-06-01');

const holdings = [
  'The panel reviewed how the Tamsworth endowment is held across its assets and agreed the goals below.',
  'Holding | Now | Goal',
  'Woodland | 31% | 26%',
  'Orchard | 4% | 9%',
].join('\n');

function quote(question: string, text: string): string {
  const chunk = testChunk({ headingPath: ['Tamsworth Council', '2041-03-02', 'Minute 7 — Estimates'], text });
  const candidates: Candidate[] = [{ passage: { chunk, score: 1 }, coverage: 0.8 }];
  return selectSegments(candidates, analyzeQuestion(question, { now }), () => 1, options)
    .map((segment) => readableSegment(withColumnNames(text, segment)))
    .join(' | ');
}

describe('answers from a table row', () => {
  it('never quotes a header row, which names the columns asked of and answers nothing', () => {
    const answer = quote('Which holding of the endowment has the biggest goal?', holdings);
    expect(answer).not.toMatch(/Holding · Now|Holding \| Now/);
  });
});

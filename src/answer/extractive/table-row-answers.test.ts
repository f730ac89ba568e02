import { describe, expect, it } from 'vitest';
import { testChunk } from '../../../test/support/test-chunk.js';
import { readableSegment } from '../../core/sentences.js';
import { withColumnNames } from '../../core/table-rows.js';
import { analyzeQuestion } from '../../search/analyze-question.js';
import { type Candidate, selectSegments } from './select-segments.js';

// Tables in minutes and trackers: a named vote under the motion it records, and a holdings table.
const options = { maxSegments: 4, maxPassages: 3, relativeCutoff: 0.8, otherPassageCutoff: 0.92 };
const now = new Date('2041-06-01');

const namedVote = [
  'Councillor Underhill moved the estimates of the Leader, seconded by Councillor Vance. The parking charges',
  'for the Tamsworth harbour were raised by 5 per cent. On a named vote the estimates were carried.',
  'Member | Aye | No | Abstained',
  'Pemberton | X | |',
  'Quillfeather | | X |',
  'Rudd | | | X',
].join('\n');

const holdings = [
  'The panel reviewed how the Tamsworth endowment is held across its assets and agreed the goals below.',
  'Holding | Now | Goal',
  'Woodland | 31% | 26%',
  'Orchard | 4% | 9%',
].join('\n');

const reviews = [
  'The internal auditor went through the year’s reviews of Tamsworth services, each given a rating, with members.',
  'Service | Rating | Actions',
  'Ferry timetable | Weak | 3 urgent',
  'Street lighting | Good | 1 minor',
  'Cemetery fees | Weak | 2 urgent',
  'Members asked that services given a weak rating in two years running come back to the committee.',
].join('\n');

function quote(question: string, text: string): string {
  const chunk = testChunk({ headingPath: ['Tamsworth Council', '2041-03-02', 'Minute 7 — Estimates'], text });
  const candidates: Candidate[] = [{ passage: { chunk, score: 1 }, coverage: 0.8 }];
  return selectSegments(candidates, analyzeQuestion(question, { now }), () => 1, options)
    .map((segment) => readableSegment(withColumnNames(text, segment)))
    .join(' | ');
}

describe('answers from a table row', () => {
  it('answers how a member voted from their row, read with the column they are marked in', () => {
    const answer = quote('How did Councillor Quillfeather vote on the harbour parking estimates?', namedVote);
    expect(answer).toContain('Quillfeather — No');
    expect(answer).not.toContain('Pemberton');
  });

  it('answers a figure asked of a row from that row, never from the header row', () => {
    const answer = quote('What is the goal for the orchard in the Tamsworth endowment?', holdings);
    expect(answer).toContain('Orchard — Now: 4%; Goal: 9%');
    expect(answer).not.toContain('Holding');
  });

  it('never quotes a header row, which names the columns asked of and answers nothing', () => {
    const answer = quote('Which holding of the endowment has the biggest goal?', holdings);
    expect(answer).not.toMatch(/Holding · Now|Holding \| Now/);
  });

  it('answers which rows hold a value from every row that holds it', () => {
    const answer = quote('Which Tamsworth services were given a weak rating?', reviews);
    expect(answer).toContain('Ferry timetable — Rating: Weak; Actions: 3 urgent');
    expect(answer).toContain('Cemetery fees — Rating: Weak; Actions: 2 urgent');
    expect(answer).not.toContain('Street lighting');
  });
});

import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../core/chunk.js';
import { analyzeQuestion } from '../../search/analyze-question.js';
import { judgeEvidence } from './enough-evidence.js';

const chunk = (text: string) =>
  ({ text, headingPath: ['Cabinet', '2025-01-30'], meetingDate: null }) as unknown as Chunk;
const analyze = (question: string) => analyzeQuestion(question, { now: new Date('2025-03-01') });
const weigh = () => 1;

describe('judgeEvidence', () => {
  it('answers when one passage holds enough of the topic', () => {
    const judgement = judgeEvidence(
      analyze('What was agreed about the airport expansion?'),
      [chunk('The airport expansion was approved.')],
      weigh,
      0.5,
    );
    expect(judgement).toMatchObject({ answer: true, strongest: 1 });
  });

  it('does not answer from words spread over passages that no one passage holds together', () => {
    const analysis = analyze('Is the council looking at bringing in a tourist tax as part of devolution?');
    const chunks = [chunk('Tourist numbers rose.'), chunk('Devolution was debated.')];
    expect(judgeEvidence(analysis, chunks, weigh, 0.5).answer).toBe(false);
  });

  it('does not answer when a name the question types is printed in none of the passages', () => {
    const analysis = analyze('Anything agreed at cabinet about Manston airport?');
    const judgement = judgeEvidence(analysis, [chunk('The airport consultation was noted.')], weigh, 0.5);
    expect(judgement.answer).toBe(false);
  });

  it('gives how the question is asked no weight ("summarise the discussion")', () => {
    const analysis = analyze('Summarise the discussion and views on fostering');
    expect(analysis.stems).toEqual(['foster']);
    expect(judgeEvidence(analysis, [chunk('Fostering recruitment rose.')], weigh, 0.5).answer).toBe(true);
  });
});

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

  it('answers a long question whose topic is spread over the top passages, holding its heaviest word', () => {
    const analysis = analyze('Summarise the debate on rent relief, wage subsidy gaps and student grants');
    const chunks = [chunk('Rent relief was extended.'), chunk('The wage subsidy has gaps.'), chunk('Nothing else.')];
    const judgement = judgeEvidence(analysis, chunks, weigh, 0.5);
    expect(judgement.strongest).toBeLessThan(0.5);
    expect(judgement.answer).toBe(true);
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

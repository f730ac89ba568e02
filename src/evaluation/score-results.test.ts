import { describe, expect, it } from 'vitest';
import type { Answer } from '../answer/answer.js';
import type { Chunk } from '../core/chunk.js';
import type { Citation } from '../core/citation.js';
import type { EvaluationQuestion } from './load-questions.js';
import { computeMetrics, judgeAnswer } from './score-results.js';

const chunk = (id: string, text: string, start = 0): Chunk =>
  ({ id, source: 'paper.txt', text, start, end: start + text.length, meetingDate: '2024-07-30' }) as Chunk;
const filler = (count: number) =>
  Array.from({ length: count }, (_, index) => chunk(`f${index}`, `Unrelated passage ${index}.`, 10_000 + index * 100));
const citation = (n: number, target: Chunk, meetingDate: string | null = '2024-07-30'): Citation =>
  ({
    n,
    source: target.source,
    start: target.start,
    end: target.start + 5,
    quote: target.text.slice(0, 5),
    meetingDate,
  }) as Citation;
const answer = (passages: Chunk[], citations: Citation[], text = '', abstained = false): Answer => ({
  text,
  citations,
  abstained,
  passages: passages.map((passage) => ({ chunk: passage, score: 1 })),
});
const question = (overrides: Partial<EvaluationQuestion>): EvaluationQuestion => ({
  id: 'q',
  question: 'How many foster carers were approved?',
  evidence: ['nineteen new fostering households'],
  facts: ['19', ['twenty-four', '24']],
  meeting: '2024-07-30',
  unanswerable: false,
  ...overrides,
});

const evidence = chunk('e', 'The service approved **nineteen** new fostering households, against 24.', 500);

describe('judgeAnswer', () => {
  it('ranks the first passage holding evidence, after normalisation', () => {
    expect(judgeAnswer(question({}), answer([...filler(2), evidence], []), 1).evidenceRank).toBe(3);
    expect(judgeAnswer(question({}), answer(filler(3), []), 1).evidenceRank).toBeUndefined();
  });

  it('checks each fact, any alternative sufficing', () => {
    expect(judgeAnswer(question({}), answer([], [], 'Nineteen were approved against 24 [1].'), 1).factsHeld).toEqual([
      false,
      true,
    ]);
  });

  it('judges a citation by the retrieved passage it falls in, not just its quote', () => {
    const unrelated = filler(1)[0]!;
    const result = judgeAnswer(
      question({}),
      answer([evidence, unrelated], [citation(1, evidence), citation(2, unrelated)]),
      1,
    );
    expect(result.citationsRelevant).toEqual([true, false]);
  });

  it('counts a citation relevant when its passage states a fact', () => {
    const factual = chunk('x', 'In all 19 households joined.', 900);
    expect(judgeAnswer(question({}), answer([factual], [citation(1, factual)]), 1).citationsRelevant).toEqual([true]);
  });

  it('accepts any of several expected meeting dates', () => {
    const q = question({ meeting: ['2024-07-30', '2024-09-17'] });
    expect(judgeAnswer(q, answer([evidence], [citation(1, evidence, '2024-09-17')]), 1).citedExpectedDate).toBe(true);
    expect(judgeAnswer(q, answer([evidence], [citation(1, evidence, '2023-12-05')]), 1).citedExpectedDate).toBe(false);
    expect(judgeAnswer(q, answer([evidence], [citation(1, evidence, null)]), 1).citedExpectedDate).toBe(false);
  });
});

describe('computeMetrics', () => {
  const answerable = [
    // Evidence at rank 1, both facts, both citations relevant, right date.
    judgeAnswer(
      question({ id: 'a' }),
      answer([evidence], [citation(1, evidence), citation(2, evidence)], '19 of 24'),
      10,
    ),
    // Evidence at rank 4, one fact of two, one citation of two relevant, wrong date.
    judgeAnswer(
      question({ id: 'b' }),
      answer(
        [...filler(3), evidence],
        [citation(1, evidence, '2019-01-15'), citation(2, filler(1)[0]!, '2019-01-15')],
        '24',
      ),
      20,
    ),
    // Evidence at rank 11: a miss for mrr@10; abstained with no citations.
    judgeAnswer(question({ id: 'c' }), answer([...filler(10), evidence], [], 'none', true), 30),
    // No evidence retrieved at all.
    judgeAnswer(question({ id: 'd' }), answer(filler(2), [], ''), 40),
  ];
  const unanswerable = [
    judgeAnswer(
      question({ id: 'u1', unanswerable: true, evidence: [], facts: [] }),
      answer(filler(1), [], 'none', true),
      50,
    ),
    judgeAnswer(
      question({ id: 'u2', unanswerable: true, evidence: [], facts: [] }),
      answer([evidence], [citation(1, evidence)], '', true),
      60,
    ),
    judgeAnswer(
      question({ id: 'u3', unanswerable: true, evidence: [], facts: [] }),
      answer([evidence], [citation(1, evidence)], '19'),
      70,
    ),
  ];
  const metrics = computeMetrics([...answerable, ...unanswerable]);

  it('computes hit@k and mrr@10 over answerable questions only', () => {
    expect(metrics['hit@1']).toBeCloseTo(1 / 4);
    expect(metrics['hit@5']).toBeCloseTo(2 / 4);
    expect(metrics['mrr@10']).toBeCloseTo((1 + 1 / 4 + 0 + 0) / 4);
  });

  it('computes factRecall over (question, fact) pairs', () => {
    expect(metrics.factRecall).toBeCloseTo(3 / 8);
  });

  it('computes citationPrecision over every citation of answerable questions', () => {
    expect(metrics.citationPrecision).toBeCloseTo(3 / 4);
  });

  it('computes citationDateAccuracy, abstainAccuracy and falseAbstainRate', () => {
    expect(metrics.citationDateAccuracy).toBeCloseTo(1 / 4);
    // An abstention that still cites is not a correct abstention.
    expect(metrics.abstainAccuracy).toBeCloseTo(1 / 3);
    expect(metrics.falseAbstainRate).toBeCloseTo(1 / 4);
  });

  it('reports latency percentiles by nearest rank', () => {
    expect(metrics.p50Ms).toBe(40);
    expect(metrics.p95Ms).toBe(70);
    const many = computeMetrics(
      Array.from({ length: 20 }, (_, index) => judgeAnswer(question({}), answer([], []), index + 1)),
    );
    expect(many.p50Ms).toBe(10);
    expect(many.p95Ms).toBe(19);
  });

  it('reports ROUGE only for sets with reference answers, an abstention scoring 0', () => {
    expect(metrics).not.toHaveProperty('rouge1');
    const reference = 'Nineteen households were approved.';
    const scored = computeMetrics([
      judgeAnswer(question({ reference }), answer([], [], 'Nineteen households were approved [1].'), 1),
      judgeAnswer(question({ reference }), answer([], [], 'Nineteen households were approved.', true), 1),
    ]);
    expect(scored).toMatchObject({ rouge1: 50, rouge2: 50, rougeL: 50 });
  });

  it('gives zeros rather than NaN for an empty set', () => {
    expect(Object.values(computeMetrics([])).every((value) => value === 0)).toBe(true);
  });
});

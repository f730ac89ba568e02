import type { Answer } from '../answer/answer.js';
import type { EvaluationQuestion } from './load-questions.js';
import { factHolds, normalize } from './normalize.js';
import { type RougeScores, rouge } from './rouge.js';

export interface QuestionResult {
  id: string;
  question: string;
  unanswerable: boolean;
  answer: Answer;
  latencyMs: number;
  /** 1-based rank of the first retrieved passage holding evidence, if any. */
  evidenceRank?: number;
  factsHeld: boolean[];
  citationsRelevant: boolean[];
  citedExpectedDate: boolean;
  /** Against the question's reference answer, when it has one; an abstention scores 0. */
  rouge?: RougeScores;
}

export interface Metrics {
  'hit@1': number;
  'hit@5': number;
  'mrr@10': number;
  factRecall: number;
  citationPrecision: number;
  citationDateAccuracy: number;
  abstainAccuracy: number;
  falseAbstainRate: number;
  p50Ms: number;
  p95Ms: number;
  /** Only for sets whose questions carry a reference answer: mean F1 ×100. */
  rouge1?: number;
  rouge2?: number;
  rougeL?: number;
}

/** Judges one answer exactly as shared/eval/README.md defines the metrics. */
export function judgeAnswer(question: EvaluationQuestion, answer: Answer, latencyMs: number): QuestionResult {
  const evidence = question.evidence.map(normalize);
  const holdsEvidence = (text: string) => {
    const normalized = normalize(text);
    return evidence.some((item) => normalized.includes(item));
  };
  const rank = answer.passages.findIndex((passage) => holdsEvidence(passage.chunk.text));
  const expectedDates = question.meeting === undefined ? [] : [question.meeting].flat();
  return {
    id: question.id,
    question: question.question,
    unanswerable: question.unanswerable,
    answer,
    latencyMs,
    evidenceRank: rank === -1 ? undefined : rank + 1,
    factsHeld: question.facts.map((fact) => factHolds(fact, answer.text)),
    citationsRelevant: answer.citations.map((citation) => {
      const passage = answer.passages.find(
        (candidate) =>
          candidate.chunk.source === citation.source &&
          candidate.chunk.start <= citation.start &&
          citation.end <= candidate.chunk.end,
      );
      const text = passage?.chunk.text ?? citation.quote;
      return holdsEvidence(text) || question.facts.some((fact) => factHolds(fact, text));
    }),
    citedExpectedDate: answer.citations.some(
      (citation) => citation.meetingDate !== null && expectedDates.includes(citation.meetingDate),
    ),
    ...(question.reference === undefined
      ? {}
      : { rouge: answer.abstained ? { rouge1: 0, rouge2: 0, rougeL: 0 } : rouge(answer.text, question.reference) }),
  };
}

export function computeMetrics(results: QuestionResult[]): Metrics {
  const answerable = results.filter((result) => !result.unanswerable);
  const unanswerable = results.filter((result) => result.unanswerable);
  const share = (items: QuestionResult[], test: (result: QuestionResult) => boolean) =>
    items.length === 0 ? 0 : items.filter(test).length / items.length;
  const facts = answerable.flatMap((result) => result.factsHeld);
  const citations = answerable.flatMap((result) => result.citationsRelevant);
  const latencies = results.map((result) => result.latencyMs).sort((a, b) => a - b);
  const referenced = results.flatMap((result) => (result.rouge ? [result.rouge] : []));
  const meanRouge = (key: keyof RougeScores) =>
    referenced.reduce((sum, scores) => sum + scores[key], 0) / referenced.length;
  return {
    'hit@1': share(answerable, (result) => result.evidenceRank === 1),
    'hit@5': share(answerable, (result) => (result.evidenceRank ?? Infinity) <= 5),
    'mrr@10':
      answerable.length === 0
        ? 0
        : answerable.reduce((sum, result) => sum + reciprocalRank(result.evidenceRank), 0) / answerable.length,
    factRecall: facts.length === 0 ? 0 : facts.filter(Boolean).length / facts.length,
    citationPrecision: citations.length === 0 ? 0 : citations.filter(Boolean).length / citations.length,
    citationDateAccuracy: share(answerable, (result) => result.citedExpectedDate),
    abstainAccuracy: share(unanswerable, (result) => result.answer.abstained && result.answer.citations.length === 0),
    falseAbstainRate: share(answerable, (result) => result.answer.abstained),
    p50Ms: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
    ...(referenced.length === 0
      ? {}
      : { rouge1: meanRouge('rouge1'), rouge2: meanRouge('rouge2'), rougeL: meanRouge('rougeL') }),
  };
}

function reciprocalRank(rank: number | undefined): number {
  return rank !== undefined && rank <= 10 ? 1 / rank : 0;
}

function percentile(sorted: number[], quantile: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, index)]! * 100) / 100;
}

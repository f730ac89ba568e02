import type { AnswerQuestion } from '../answer/answer.js';
import type { EvaluationQuestion } from './load-questions.js';
import { computeMetrics, judgeAnswer, type Metrics, type QuestionResult } from './score-results.js';

export interface EvaluationReport {
  metrics: Metrics;
  results: QuestionResult[];
}

/** Answers every question in turn (latency measured per question, index already loaded). */
export async function runEvaluation(
  questions: EvaluationQuestion[],
  answerQuestion: AnswerQuestion,
): Promise<EvaluationReport> {
  const results: QuestionResult[] = [];
  for (const question of questions) {
    const started = performance.now();
    const answer = await answerQuestion({ question: question.question });
    results.push(judgeAnswer(question, answer, performance.now() - started));
  }
  return { metrics: computeMetrics(results), results };
}

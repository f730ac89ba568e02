import type { AnswerQuestion } from '../../src/answer/answer.js';

export interface AnswerTimings {
  count: number;
  abstained: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

/** Answers each question in turn, as the bot would, and summarises the latencies. */
export async function timeAnswers(answerQuestion: AnswerQuestion, questions: string[]): Promise<AnswerTimings> {
  const latencies: number[] = [];
  let abstained = 0;
  for (const question of questions) {
    const started = performance.now();
    const answer = await answerQuestion({ question });
    latencies.push(performance.now() - started);
    if (answer.abstained) abstained += 1;
  }
  latencies.sort((a, b) => a - b);
  return {
    count: latencies.length,
    abstained,
    p50Ms: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
    maxMs: latencies.at(-1) ?? 0,
  };
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

import type { AnswerQuestion } from '../../src/answer/answer.js';
import { type LatencySummary, summarizeLatencies } from './summarize-latencies.js';

export interface ConcurrentLoad {
  askers: number;
  /** Stop starting questions after this long… */
  maxMs: number;
  /** …or once this many have been started. */
  maxQuestions: number;
}

export interface ConcurrentAnswers {
  askers: number;
  answered: number;
  seconds: number;
  questionsPerSecond: number;
  latency: LatencySummary;
}

/** `askers` loops answering questions at once, each starting its next as soon as its last is answered. */
export async function answerConcurrently(
  answerQuestion: AnswerQuestion,
  questions: string[],
  load: ConcurrentLoad,
): Promise<ConcurrentAnswers> {
  const latencies: number[] = [];
  const started = performance.now();
  let next = 0;
  async function ask(): Promise<void> {
    while (next < load.maxQuestions && performance.now() - started < load.maxMs) {
      const question = questions[next % questions.length]!;
      next += 1;
      const mark = performance.now();
      await answerQuestion({ question });
      latencies.push(performance.now() - mark);
    }
  }
  await Promise.all(Array.from({ length: load.askers }, ask));
  const seconds = (performance.now() - started) / 1000;
  return {
    askers: load.askers,
    answered: latencies.length,
    seconds,
    questionsPerSecond: latencies.length / seconds,
    latency: summarizeLatencies(latencies),
  };
}

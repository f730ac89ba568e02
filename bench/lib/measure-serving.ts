import { createSilentLogger } from '../../src/core/logger.js';
import { openQuorum } from '../../src/open-quorum.js';
import { type AnswerTimings, timeAnswers } from './time-answers.js';

export interface ServingMeasurement {
  chunks: number;
  openMs: number;
  firstAnswerMs: number;
  answers: AnswerTimings;
}

/** Opens a built index as the bot does (local embedder, extractive answerer), answers a first question, then times the rest. */
export async function measureServing(
  dataDir: string,
  firstQuestion: string,
  questions: string[],
): Promise<ServingMeasurement> {
  let mark = performance.now();
  const quorum = await openQuorum({
    config: { dataDir, embedder: 'local', openai: undefined },
    logger: createSilentLogger(),
  });
  const openMs = performance.now() - mark;
  try {
    mark = performance.now();
    await quorum.answerQuestion({ question: firstQuestion });
    const firstAnswerMs = performance.now() - mark;
    const answers = await timeAnswers(quorum.answerQuestion, questions);
    return { chunks: await quorum.store.chunkCount(), openMs, firstAnswerMs, answers };
  } finally {
    await quorum.close();
  }
}

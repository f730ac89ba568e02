import { randomBytes } from 'node:crypto';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Logger } from '../../core/logger.js';
import type { RetrievePassages } from '../../search/retrieval.js';
import { abstain } from '../abstention.js';
import type { AnswerQuestion } from '../answer.js';
import type { Prompts } from '../load-prompts.js';
import { composeAnswer } from './compose-answer.js';
import { requestClaims } from './request-claims.js';
import { rewriteQuestion } from './rewrite-question.js';
import { verifyClaims } from './verify-claims.js';

export interface LlmAnswererOptions {
  chat: BaseChatModel;
  retrieve: RetrievePassages;
  prompts: Prompts;
  logger: Logger;
  /** Longest wait for one model call, retries included (config.openai.timeoutMs). */
  timeoutMs: number;
  maxPassages?: number;
}

/**
 * LLM mode: the model proposes claims with passage ids and verbatim quotes, and code keeps only the
 * claims whose quotes are found in the passages they cite. Nothing survives → an honest abstention.
 */
export function createLlmAnswerer(options: LlmAnswererOptions): AnswerQuestion {
  const { chat, retrieve, prompts, logger, timeoutMs } = options;
  const maxPassages = options.maxPassages ?? 8;
  const promptVersions = { answerPrompt: prompts.answer.version, rewritePrompt: prompts.rewrite.version };
  logger.info(promptVersions, 'LLM answerer ready');

  return async ({ question, filters, history }) => {
    const standalone =
      history && history.length > 0
        ? await rewriteQuestion({ chat, prompt: prompts.rewrite, question, history, timeoutMs, logger })
        : question;
    const passages = await retrieve({ question: standalone, filters, limit: maxPassages });
    if (passages.length === 0) return abstain(passages);

    const modelAnswer = await requestClaims({
      chat,
      prompt: prompts.answer,
      question: standalone,
      passages,
      fence: randomBytes(6).toString('hex'),
      timeoutMs,
      logger,
    });
    const { supported, dropped } = verifyClaims(modelAnswer.claims, passages);
    logger.debug(
      { ...promptVersions, question, standalone, passages: passages.length, kept: supported.length, dropped },
      'LLM answer checked against its passages',
    );
    if (modelAnswer.abstain || supported.length === 0) return abstain(passages);
    return composeAnswer(supported, passages);
  };
}

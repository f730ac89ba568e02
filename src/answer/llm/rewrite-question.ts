import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { z } from 'zod';
import type { Logger } from '../../core/logger.js';
import { toOpenAIError } from '../../openai/openai-failures.js';
import type { ConversationTurn } from '../answer.js';
import type { Prompt } from '../load-prompts.js';

export interface RewriteQuestionOptions {
  chat: BaseChatModel;
  prompt: Prompt;
  question: string;
  history: ConversationTurn[];
  /** Longest wait for the model call, retries included. */
  timeoutMs: number;
  logger: Logger;
}

// Enough context to resolve "it" and "that meeting" without sending whole earlier answers.
const turnsKept = 6;
const turnCharacters = 1_000;

const rewrittenSchema = z.string().trim().min(1).max(500);

/** Turns a follow-up ("and what did they decide?") into a question that stands alone for retrieval. */
export async function rewriteQuestion(options: RewriteQuestionOptions): Promise<string> {
  const conversation = options.history
    .slice(-turnsKept)
    .map((turn) => `${turn.role === 'user' ? 'User' : 'Assistant'}: ${turn.text.slice(0, turnCharacters)}`)
    .join('\n');
  const messages = [
    new SystemMessage(options.prompt.text),
    new HumanMessage(`Conversation so far:\n${conversation}\n\nFollow-up question: ${options.question}`),
  ];
  const deadline = AbortSignal.timeout(options.timeoutMs);
  let reply: string;
  try {
    reply = (await options.chat.invoke(messages, { signal: deadline })).text;
  } catch (error) {
    throw toOpenAIError(error, {
      step: 'rewriting the follow-up question',
      failureCode: 'llm_failed',
      timeoutCode: 'llm_timeout',
      deadlinePassed: deadline.aborted,
    });
  }
  const firstLine = reply.split('\n').find((line) => line.trim() !== '') ?? '';
  const rewritten = rewrittenSchema.safeParse(firstLine.trim().replace(/^["'“”]+|["'“”]+$/g, ''));
  if (!rewritten.success) {
    options.logger.warn({ reply }, 'Question rewrite was unusable; using the question as asked');
    return options.question;
  }
  return rewritten.data;
}

import { ChatOpenAI } from '@langchain/openai';
import type { Config } from '../../config.js';
import { retryTransientFailure } from '../../openai/openai-failures.js';

export type OpenAIConfig = NonNullable<Config['openai']>;

/**
 * The chat model behind LLM answering. Retries follow src/openai/openai-failures.ts (rate limits, 5xx,
 * dropped connections), so a slow model fails after one `timeoutMs` and malformed output reaches the
 * answerer, which retries it once.
 */
export function createChatModel(openai: OpenAIConfig): ChatOpenAI {
  return new ChatOpenAI({
    model: openai.chatModel,
    apiKey: openai.apiKey,
    configuration: openai.baseURL ? { baseURL: openai.baseURL } : {},
    temperature: 0,
    timeout: openai.timeoutMs,
    maxRetries: openai.maxRetries,
    onFailedAttempt: retryTransientFailure,
  });
}

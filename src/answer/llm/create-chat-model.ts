import { classifyRateLimitError } from '@langchain/core/utils/async_caller';
import { ChatOpenAI } from '@langchain/openai';
import type { Config } from '../../config.js';

export type OpenAIConfig = NonNullable<Config['openai']>;

/**
 * The chat model behind LLM answering. The SDK's own retries are off inside @langchain/openai, so
 * LangChain's caller is the only retry loop and `maxRetries` bounds it. Its default handler gives up
 * on a 429 without a Retry-After header and retries everything else, including timeouts and output
 * that fails to parse; ours retries rate limits, 5xx and dropped connections only, so a slow model
 * fails after one `timeoutMs` and malformed output reaches the answerer, which retries it once.
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

/** LangChain's caller retries when this returns and gives up when it throws. */
function retryTransientFailure(error: unknown): void {
  const status = statusOf(error);
  if (status === 429) {
    const rateLimit = classifyRateLimitError(error);
    if (rateLimit?.action === 'stop' || (rateLimit?.retryAfterMs ?? 0) > 60_000) throw error;
    if (rateLimit?.retryAfterMs !== undefined) Object.assign(error as object, { retryAfterMs: rateLimit.retryAfterMs });
    return;
  }
  if (status !== undefined && status >= 500) return;
  if (error instanceof Error && error.constructor.name === 'APIConnectionError') return;
  throw error;
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
  return typeof error.status === 'number' ? error.status : undefined;
}

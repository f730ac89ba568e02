import type { Embeddings } from '@langchain/core/embeddings';
import { classifyRateLimitError } from '@langchain/core/utils/async_caller';
import { OpenAIEmbeddings } from '@langchain/openai';
import { z } from 'zod';
import { QuorumError } from '../core/errors.js';

export interface OpenAIEmbeddingsOptions {
  apiKey: string;
  baseURL?: string;
  model: string;
  batchSize: number;
  concurrency: number;
  maxRetries: number;
  timeoutMs: number;
}

const vectorsSchema = z.array(z.array(z.number()).min(1));

/**
 * OpenAI (or OpenAI-compatible) embeddings. Retries live in one place: LangChain's caller backs off
 * exponentially on 429, 5xx, timeouts and dropped connections, while the SDK's own retries are off,
 * so `maxRetries` bounds the attempts per batch. (Its default handler would also give up at once on a
 * 429 without a Retry-After header, which is why the handler here is our own.)
 */
export function createOpenAIEmbeddings(options: OpenAIEmbeddingsOptions): Embeddings {
  return new CheckedOpenAIEmbeddings(options);
}

class CheckedOpenAIEmbeddings extends OpenAIEmbeddings {
  constructor(options: OpenAIEmbeddingsOptions) {
    super({
      apiKey: options.apiKey,
      model: options.model,
      batchSize: options.batchSize,
      maxConcurrency: options.concurrency,
      maxRetries: options.maxRetries,
      timeout: options.timeoutMs,
      onFailedAttempt: retryTransientFailure,
      configuration: options.baseURL ? { baseURL: options.baseURL } : {},
    });
  }

  override async embedDocuments(texts: string[]): Promise<number[][]> {
    if (texts.length === 0) return [];
    return this.checked(texts.length, () => super.embedDocuments(texts));
  }

  override async embedQuery(text: string): Promise<number[]> {
    const [vector] = await this.checked(1, async () => [await super.embedQuery(text)]);
    return vector as number[];
  }

  private async checked(expected: number, embed: () => Promise<number[][]>): Promise<number[][]> {
    let vectors: unknown;
    try {
      vectors = await embed();
    } catch (error) {
      throw new QuorumError('embedding_failed', `Embedding with ${this.model} failed: ${describeFailure(error)}`, {
        cause: error,
      });
    }
    const parsed = vectorsSchema.safeParse(vectors);
    if (!parsed.success || parsed.data.length !== expected) {
      throw new QuorumError(
        'embedding_failed',
        `Embedding with ${this.model} returned a malformed response (expected ${expected} vectors)`,
        { cause: parsed.error },
      );
    }
    return parsed.data;
  }
}

/** LangChain's caller retries when this returns and gives up when it throws. */
function retryTransientFailure(error: unknown): void {
  const status = statusOf(error);
  if (status === 429) {
    const rateLimit = classifyRateLimitError(error);
    // A spent quota or a wait of minutes will not clear within our retries.
    if (rateLimit?.action === 'stop' || (rateLimit?.retryAfterMs ?? 0) > 60_000) throw error;
    if (rateLimit?.retryAfterMs !== undefined) Object.assign(error as object, { retryAfterMs: rateLimit.retryAfterMs });
    return;
  }
  if (status !== undefined) {
    if (status === 408 || status >= 500) return;
    throw error;
  }
  if (isTimeoutOrConnectionFailure(error)) return;
  throw error;
}

function isTimeoutOrConnectionFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return error.name === 'TimeoutError' || error.constructor.name === 'APIConnectionError';
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
  return typeof error.status === 'number' ? error.status : undefined;
}

function describeFailure(error: unknown): string {
  const status = statusOf(error);
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return status === undefined ? message : `HTTP ${status}: ${message}`;
}

import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { OpenAIEmbeddings } from '@langchain/openai';
import { z } from 'zod';
import { QuorumError } from '../core/errors.js';
import { retryTransientFailure, toOpenAIError } from '../openai/openai-failures.js';

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
 * OpenAI (or OpenAI-compatible) embeddings, checked: every response must hold one vector per text.
 * Retries and failures follow src/openai/openai-failures.ts; `maxRetries` bounds the attempts per batch.
 */
export function createOpenAIEmbeddings(options: OpenAIEmbeddingsOptions): EmbeddingsInterface {
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
      throw toOpenAIError(error, { step: `embedding with ${this.model}`, failureCode: 'embedding_failed' });
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

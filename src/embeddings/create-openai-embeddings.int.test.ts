import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type OpenAIStub, startOpenAIStub } from '../../test/support/openai-stub.js';
import { isQuorumError } from '../core/errors.js';
import { createOpenAIEmbeddings } from './create-openai-embeddings.js';
import { probeEmbeddingDimensions } from './probe-embedding-dimensions.js';

describe('createOpenAIEmbeddings against a local OpenAI-compatible stub', () => {
  let stub: OpenAIStub;
  const embeddingsFor = (overrides: { batchSize?: number; maxRetries?: number } = {}) =>
    createOpenAIEmbeddings({
      apiKey: 'test-key',
      baseURL: stub.baseURL,
      model: 'text-embedding-3-small',
      batchSize: overrides.batchSize ?? 3,
      concurrency: 2,
      maxRetries: overrides.maxRetries ?? 2,
      timeoutMs: 5_000,
    });

  beforeAll(async () => {
    stub = await startOpenAIStub({ dimensions: 16 });
  });
  afterAll(async () => {
    await stub.close();
  });
  beforeEach(() => {
    stub.embeddingRequests.length = 0;
    stub.failEmbeddingsWith(undefined);
  });

  it('splits documents into batches of batchSize and keeps their order', async () => {
    const texts = ['minutes', 'agenda', 'report', 'work programme', 'apologies', 'resolved', 'venue'];
    const vectors = await embeddingsFor().embedDocuments(texts);

    expect(stub.embeddingRequests.map((request) => request.input)).toEqual([
      ['minutes', 'agenda', 'report'],
      ['work programme', 'apologies', 'resolved'],
      ['venue'],
    ]);
    expect(vectors).toHaveLength(7);
    expect(vectors[0]).toHaveLength(16);
    expect(vectors[6]).toEqual(await embeddingsFor().embedQuery('venue'));
  });

  it('retries a 429 and then succeeds', async () => {
    stub.enqueueEmbeddings({ status: 429 });
    const vectors = await embeddingsFor().embedDocuments(['elective home education']);

    expect(vectors).toHaveLength(1);
    expect(stub.embeddingRequests).toHaveLength(2);
  });

  it('fails a persistent 500 with embedding_failed naming the model, after a bounded number of attempts', async () => {
    stub.failEmbeddingsWith(500);
    const failure = await embeddingsFor({ maxRetries: 1 })
      .embedDocuments(['looked after children'])
      .catch((error: unknown) => error);

    expect(isQuorumError(failure, 'embedding_failed')).toBe(true);
    expect((failure as Error).message).toContain('text-embedding-3-small');
    expect((failure as Error).message).toContain('HTTP 500');
    expect(stub.embeddingRequests).toHaveLength(2);
  });

  it('does not retry a request the server rejects as invalid', async () => {
    stub.failEmbeddingsWith(400);
    const failure = await embeddingsFor()
      .embedQuery('anything')
      .catch((error: unknown) => error);

    expect(isQuorumError(failure, 'embedding_failed')).toBe(true);
    expect(stub.embeddingRequests).toHaveLength(1);
  });

  it('measures the vector size with one probe', async () => {
    expect(await probeEmbeddingDimensions(embeddingsFor())).toBe(16);
    expect(stub.embeddingRequests).toHaveLength(1);
  });
});

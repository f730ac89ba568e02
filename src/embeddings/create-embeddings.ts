import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { Config } from '../config.js';
import { LocalHashEmbeddings, localEmbedderDimensions, localEmbedderName } from './local-hash-embeddings.js';

export interface ConfiguredEmbeddings {
  embeddings: EmbeddingsInterface;
  /** Recorded in the index manifest; an index is only opened by the embedder that built it. */
  name: string;
  /** Known up front for the local embedder; discovered by a probe for remote models. */
  dimensions?: number;
}

/**
 * The configured embedder. Asynchronous because the OpenAI client is loaded only when configured:
 * importing it costs more than everything else a command does to answer one question locally.
 */
export async function createEmbeddings(config: Pick<Config, 'embedder' | 'openai'>): Promise<ConfiguredEmbeddings> {
  if (config.embedder === 'openai' && config.openai) {
    const { createOpenAIEmbeddings } = await import('./create-openai-embeddings.js');
    const { embeddingModel, ...client } = config.openai;
    return {
      embeddings: createOpenAIEmbeddings({ ...client, model: embeddingModel }),
      name: `openai:${config.openai.embeddingModel}`,
    };
  }
  return { embeddings: new LocalHashEmbeddings(), name: localEmbedderName, dimensions: localEmbedderDimensions };
}

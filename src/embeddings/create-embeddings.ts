import type { Embeddings } from '@langchain/core/embeddings';
import type { Config } from '../config.js';
import { createOpenAIEmbeddings } from './create-openai-embeddings.js';
import { LocalHashEmbeddings, localEmbedderDimensions, localEmbedderName } from './local-hash-embeddings.js';

export interface ConfiguredEmbeddings {
  embeddings: Embeddings;
  /** Recorded in the index manifest; an index is only opened by the embedder that built it. */
  name: string;
  /** Known up front for the local embedder; discovered by a probe for remote models. */
  dimensions?: number;
}

export function createEmbeddings(config: Pick<Config, 'embedder' | 'openai'>): ConfiguredEmbeddings {
  if (config.embedder === 'openai' && config.openai) {
    const { embeddingModel, ...client } = config.openai;
    return {
      embeddings: createOpenAIEmbeddings({ ...client, model: embeddingModel }),
      name: `openai:${config.openai.embeddingModel}`,
    };
  }
  return { embeddings: new LocalHashEmbeddings(), name: localEmbedderName, dimensions: localEmbedderDimensions };
}

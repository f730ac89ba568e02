import { Embeddings } from '@langchain/core/embeddings';
import { embedText, localEmbedderDimensions } from '../../src/embeddings/local-hash-embeddings.js';

/**
 * Quorum's local hash embedder as this stack's own LangChain `Embeddings` (its @langchain/core,
 * not Quorum's), so HNSWLib gets the same vectors Quorum's ingest computes, bit for bit.
 */
export class LocalHashLangChainEmbeddings extends Embeddings {
  readonly dimensions = localEmbedderDimensions;

  constructor() {
    super({});
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((text) => embedText(text, localEmbedderDimensions));
  }

  async embedQuery(text: string): Promise<number[]> {
    return embedText(text, localEmbedderDimensions);
  }
}

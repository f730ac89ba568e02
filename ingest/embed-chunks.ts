import type { Embeddings } from '@langchain/core/embeddings';
import type { Chunk } from '../src/papers/chunk.js';

/** Embeds chunks with their heading path, so a passage carries the topic of the item it sits in. */
export function embedChunks(embeddings: Embeddings, chunks: Chunk[]): Promise<number[][]> {
  return embeddings.embedDocuments(chunks.map((chunk) => `${chunk.headingPath.slice(2).join(' › ')}\n${chunk.text}`));
}

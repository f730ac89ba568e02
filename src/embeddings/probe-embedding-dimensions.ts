import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { QuorumError } from '../core/errors.js';

/** Remote models do not advertise their vector size, so embed one probe string and measure it. */
export async function probeEmbeddingDimensions(embeddings: EmbeddingsInterface): Promise<number> {
  const vector = await embeddings.embedQuery('committee minutes');
  if (vector.length === 0) throw new QuorumError('embedding_failed', 'The embedding model returned an empty vector');
  return vector.length;
}

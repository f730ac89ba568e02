import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { Chunk } from '../../src/core/chunk.js';
import { spokenDate } from '../../src/store/searchable-text.js';

/**
 * Embeds chunks with their heading path and meeting date, so a passage carries the topic of the
 * item it sits in, and the same boilerplate at two meetings ("No declarations of interest") gets two
 * vectors: identical vectors crowd each other out of an HNSW graph's neighbour lists.
 */
export function embedChunks(embeddings: EmbeddingsInterface, chunks: Chunk[]): Promise<number[][]> {
  return embeddings.embedDocuments(chunks.map(contextualText));
}

function contextualText(chunk: Chunk): string {
  const meeting = chunk.meetingDate ? ` · meeting ${spokenDate(chunk.meetingDate)}` : '';
  // A register's later rows are embedded under their columns' names, as the rows of its first passage are.
  const header = chunk.tableHeader ? `${chunk.tableHeader}\n` : '';
  return `${chunk.headingPath.slice(2).join(' › ')}${meeting}\n${header}${chunk.text}`;
}

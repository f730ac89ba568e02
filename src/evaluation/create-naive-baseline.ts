import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import type { AnswerQuestion } from '../answer/answer.js';
import type { Chunk } from '../core/chunk.js';
import { buildCitation } from '../core/citation.js';
import { findFirstDate } from '../core/dates.js';

export interface BaselineDocument {
  source: string;
  text: string;
}

/**
 * The comparison point for the evaluation: fixed 1000/200 character chunks, vector-only retrieval
 * with the same embedder, and the first sentence of each top passage as the answer.
 */
export async function createNaiveBaseline(
  documents: BaselineDocument[],
  embeddings: EmbeddingsInterface,
): Promise<AnswerQuestion> {
  const splitter = new RecursiveCharacterTextSplitter({ chunkSize: 1000, chunkOverlap: 200 });
  const chunks: Chunk[] = [];
  for (const document of documents) {
    // Naive on purpose: every passage takes the first date printed in its file.
    const meetingDate = findFirstDate(document.text)?.iso ?? null;
    let searchFrom = 0;
    for (const piece of await splitter.splitText(document.text)) {
      const found = document.text.indexOf(piece, Math.max(0, searchFrom - 1000));
      const start = found === -1 ? searchFrom : found;
      searchFrom = start + 1;
      chunks.push({
        id: `${document.source}:${chunks.length}`,
        source: document.source,
        documentSha: '',
        ordinal: chunks.length,
        partIndex: 0,
        kind: 'other',
        committee: 'Unknown committee',
        meetingDate,
        partTitle: document.source,
        headingPath: [document.source],
        exempt: false,
        text: piece,
        start,
        end: start + piece.length,
        line: document.text.slice(0, start).split('\n').length,
      });
    }
  }
  const vectors = await embeddings.embedDocuments(chunks.map((chunk) => chunk.text));
  return async ({ question }) => {
    const query = await embeddings.embedQuery(question);
    const passages = chunks
      .map((chunk, index) => ({ chunk, score: cosine(query, vectors[index]!) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, 8);
    const top = passages.slice(0, 3);
    const citations = top.map(({ chunk }, index) => {
      const sentence = chunk.text.match(/^[\s\S]*?[.!?](?=\s|$)/)?.[0] ?? chunk.text;
      return buildCitation(index + 1, chunk, { start: 0, end: sentence.length });
    });
    const text = citations
      .map((citation) => `${citation.quote.replace(/\s+/g, ' ').trim()} [${citation.n}]`)
      .join('\n');
    return { text, citations, abstained: false, passages };
  };
}

function cosine(a: number[], b: number[]): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let index = 0; index < a.length; index += 1) {
    dot += a[index]! * b[index]!;
    normA += a[index]! ** 2;
    normB += b[index]! ** 2;
  }
  return dot / (Math.sqrt(normA * normB) || 1);
}

import { Embeddings } from '@langchain/core/embeddings';
import { contentTerms } from '../text/tokenize.js';

export const localEmbedderName = 'local-hash-v1';
export const localEmbedderDimensions = 256;

/**
 * The no-key default: a signed feature-hashing vector of stemmed words and character 4-grams.
 * It is lexical, not semantic — it downloads nothing and matches word variants ("educated",
 * "education") that exact terms miss; retrieval weights it below BM25 for that reason.
 */
export class LocalHashEmbeddings extends Embeddings {
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

export function embedText(text: string, dimensions: number): number[] {
  const vector = new Float64Array(dimensions);
  const counts = new Map<string, number>();
  for (const term of contentTerms(text)) {
    counts.set(`w:${term}`, (counts.get(`w:${term}`) ?? 0) + 1);
    const padded = `^${term}$`;
    for (let index = 0; index + 4 <= padded.length; index += 1) {
      const gram = `g:${padded.slice(index, index + 4)}`;
      counts.set(gram, (counts.get(gram) ?? 0) + 0.25);
    }
  }
  for (const [feature, count] of counts) {
    const hash = fnv1a(feature);
    const sign = hash & 0x80000000 ? -1 : 1;
    vector[hash % dimensions]! += sign * Math.log1p(count);
  }
  let norm = 0;
  for (const value of vector) norm += value * value;
  norm = Math.sqrt(norm) || 1;
  return Array.from(vector, (value) => value / norm);
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { contentTerms, words } from '../core/tokenize.js';

export const localEmbedderName = 'local-hash-v1';

// Words stemmed as written, spelling variants not folded: the vectors of indexes built before the
// fold stay valid for today's queries (the name above would otherwise have to change).
const asWritten = { foldSpellings: false };
export const localEmbedderDimensions = 256;

/**
 * The no-key default: a signed feature-hashing vector of stemmed words and character 4-grams.
 * It is lexical, not semantic — it downloads nothing and matches word variants ("educated",
 * "education") that exact terms miss; retrieval weights it below BM25 for that reason.
 * It implements LangChain's embeddings interface rather than extending its base class: that class
 * brings a retrying request queue this in-process hashing never uses, and loading it was a
 * noticeable part of a one-question command's start.
 */
export class LocalHashEmbeddings implements EmbeddingsInterface {
  readonly dimensions = localEmbedderDimensions;

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((text) => embedText(text, localEmbedderDimensions));
  }

  async embedQuery(text: string): Promise<number[]> {
    return embedText(text, localEmbedderDimensions);
  }
}

/**
 * Stemming and hashing dominate embedding time, and a paper reuses a small vocabulary, so each
 * distinct word is stemmed and each distinct feature hashed once. Features are counted in order of
 * first appearance, as they always were, so the vectors stay the same to the last bit.
 */
interface FeatureTable {
  ids: Map<string, number>;
  buckets: number[];
  signs: number[];
  /** A word's features, null for a stop word, false when it must be tokenised with its text. */
  featuresOfWord: Map<string, number[] | null | false>;
  featuresOfTerm: Map<string, number[]>;
  /**
   * Per feature, its weight in the text being embedded, in quarters (a word counts 1, a 4-gram
   * 0.25): whole numbers, so each weight's log1p is looked up rather than computed.
   */
  quarters: Int32Array;
  /** The features the text has weighed so far, in order of first appearance. */
  touched: Int32Array;
}

// Enough for any real vocabulary; a long-running bot fed odd strings starts afresh rather than grow.
const maxFeatures = 1_000_000;
const tables = new Map<number, FeatureTable>();
// log1p(quarters / 4) for the weights a passage gives its features; rarer, larger ones are computed.
const logWeights = Array.from({ length: 4096 }, (_, quarters) => Math.log1p(quarters / 4));

export function embedText(text: string, dimensions: number): number[] {
  const table = featureTable(dimensions);
  let count = 0;
  // New features may grow the arrays, so they are looked up afresh for each term.
  const weigh = (features: number[]): void => {
    const { quarters, touched } = table;
    for (let index = 0; index < features.length; index += 1) {
      const id = features[index]!;
      if (quarters[id] === 0) touched[count++] = id;
      quarters[id]! += index === 0 ? 4 : 1;
    }
  };
  for (const word of words(text)) {
    let features = table.featuresOfWord.get(word);
    if (features === undefined) {
      features = featuresOfWord(table, word, dimensions);
      table.featuresOfWord.set(word, features);
    }
    if (features === false) {
      // A word that tokenises differently on its own (odd Unicode): the whole text is tokenised as one.
      for (let index = 0; index < count; index += 1) table.quarters[table.touched[index]!] = 0;
      count = 0;
      for (const term of contentTerms(text, asWritten)) weigh(featuresOf(table, term, dimensions));
      break;
    }
    if (features !== null) weigh(features);
  }
  const { quarters, touched, buckets, signs } = table;
  const vector = new Float64Array(dimensions);
  for (let index = 0; index < count; index += 1) {
    const id = touched[index]!;
    const weight = quarters[id]!;
    vector[buckets[id]!]! += signs[id]! * (weight < logWeights.length ? logWeights[weight]! : Math.log1p(weight / 4));
    quarters[id] = 0;
  }
  let norm = 0;
  for (let index = 0; index < dimensions; index += 1) norm += vector[index]! * vector[index]!;
  norm = Math.sqrt(norm) || 1;
  const normalized = new Array<number>(dimensions);
  for (let index = 0; index < dimensions; index += 1) normalized[index] = vector[index]! / norm;
  return normalized;
}

function featureTable(dimensions: number): FeatureTable {
  let table = tables.get(dimensions);
  if (!table || table.ids.size > maxFeatures || table.featuresOfWord.size > maxFeatures) {
    table = {
      ids: new Map(),
      buckets: [],
      signs: [],
      featuresOfWord: new Map(),
      featuresOfTerm: new Map(),
      quarters: new Int32Array(1024),
      touched: new Int32Array(1024),
    };
    tables.set(dimensions, table);
  }
  return table;
}

function featuresOfWord(table: FeatureTable, word: string, dimensions: number): number[] | null | false {
  const again = words(word);
  if (again.length !== 1 || again[0] !== word) return false;
  const term = contentTerms(word, asWritten)[0];
  return term === undefined ? null : featuresOf(table, term, dimensions);
}

/** The term's word feature first, then its 4-grams, each weighed as before: 1 and 0.25. */
function featuresOf(table: FeatureTable, term: string, dimensions: number): number[] {
  let features = table.featuresOfTerm.get(term);
  if (!features) {
    features = [featureId(table, `w:${term}`, dimensions)];
    const padded = `^${term}$`;
    for (let index = 0; index + 4 <= padded.length; index += 1) {
      features.push(featureId(table, `g:${padded.slice(index, index + 4)}`, dimensions));
    }
    table.featuresOfTerm.set(term, features);
  }
  return features;
}

function featureId(table: FeatureTable, feature: string, dimensions: number): number {
  let id = table.ids.get(feature);
  if (id === undefined) {
    id = table.ids.size;
    table.ids.set(feature, id);
    const hash = fnv1a(feature);
    table.buckets.push(hash % dimensions);
    table.signs.push(hash & 0x80000000 ? -1 : 1);
    if (id >= table.quarters.length) {
      const quarters = new Int32Array(table.quarters.length * 2);
      quarters.set(table.quarters);
      table.quarters = quarters;
      // A text touches each feature at most once, so it never touches more than there are.
      const touched = new Int32Array(quarters.length);
      touched.set(table.touched);
      table.touched = touched;
    }
  }
  return id;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

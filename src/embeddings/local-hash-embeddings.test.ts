import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTerms } from '../core/tokenize.js';
import { embedText, LocalHashEmbeddings, localEmbedderDimensions } from './local-hash-embeddings.js';

const cosine = (left: number[], right: number[]): number =>
  left.reduce((sum, value, index) => sum + value * right[index]!, 0);

describe('LocalHashEmbeddings', () => {
  it('returns unit vectors of the advertised size, the same for documents and queries', async () => {
    const embeddings = new LocalHashEmbeddings();
    const [document] = await embeddings.embedDocuments(['Elective home education numbers rose.']);
    const query = await embeddings.embedQuery('Elective home education numbers rose.');
    expect(document).toHaveLength(localEmbedderDimensions);
    expect(embeddings.dimensions).toBe(localEmbedderDimensions);
    expect(cosine(document!, document!)).toBeCloseTo(1, 6);
    expect(query).toEqual(document);
  });

  it('is deterministic across calls and independent of what was embedded before', () => {
    const first = embedText('Foster carer recruitment', 256);
    embedText('something entirely different with many new words: zeugma, quixotic, palimpsest', 256);
    expect(embedText('Foster carer recruitment', 256)).toEqual(first);
  });

  it('puts word variants closer than unrelated text', () => {
    const educated = embedText('children electively home educated', 256);
    expect(cosine(educated, embedText('elective home education', 256))).toBeGreaterThan(
      cosine(educated, embedText('parking outside the town hall', 256)),
    );
  });

  it('gives a zero vector, not NaN, for text with only stop words or nothing', () => {
    for (const text of ['', 'the and of', '!!!']) {
      const vector = embedText(text, 64);
      expect(vector.every((value) => value === 0)).toBe(true);
    }
  });

  it('embeds text with unusual Unicode without throwing', () => {
    const vector = embedText('Ｃｏｕｎｃｉｌ café naïve ǅ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢', 128);
    expect(vector.every((value) => Number.isFinite(value))).toBe(true);
    expect(vector.some((value) => value !== 0)).toBe(true);
  });
});

describe('embedText caches', () => {
  it('give exactly the vector of the definition: stemmed words and 4-grams, hashed and log-weighted', () => {
    const corpus = join(import.meta.dirname, '../../corpus');
    const passages = readdirSync(corpus)
      .filter((name) => name.endsWith('.txt'))
      .flatMap((name) => {
        const text = readFileSync(join(corpus, name), 'utf8');
        return Array.from({ length: Math.ceil(text.length / 1000) }, (_, index) =>
          text.slice(index * 1000, index * 1000 + 1200),
        );
      });
    const odd = 'İstanbul ﬁnance Ω K ſtrange don’t council’s 3,666 55% out-turn x² Ⅻ naïve';
    for (const text of [...passages, odd, '', 'the and of']) {
      expect(embedText(text, 256)).toEqual(referenceEmbedding(text, 256));
    }
  });
});

/** The embedder as first written, without its caches (stems as written: spelling variants are not folded). */
function referenceEmbedding(text: string, dimensions: number): number[] {
  const vector = new Float64Array(dimensions);
  const counts = new Map<string, number>();
  for (const term of contentTerms(text, { foldSpellings: false })) {
    counts.set(`w:${term}`, (counts.get(`w:${term}`) ?? 0) + 1);
    const padded = `^${term}$`;
    for (let index = 0; index + 4 <= padded.length; index += 1) {
      const gram = `g:${padded.slice(index, index + 4)}`;
      counts.set(gram, (counts.get(gram) ?? 0) + 0.25);
    }
  }
  for (const [feature, count] of counts) {
    let hash = 0x811c9dc5;
    for (let index = 0; index < feature.length; index += 1) {
      hash ^= feature.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    vector[hash % dimensions]! += (hash & 0x80000000 ? -1 : 1) * Math.log1p(count);
  }
  let norm = 0;
  for (const value of vector) norm += value * value;
  norm = Math.sqrt(norm) || 1;
  return Array.from(vector, (value) => value / norm);
}

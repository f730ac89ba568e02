import { describe, expect, it } from 'vitest';
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

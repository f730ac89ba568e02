import { describe, expect, it } from 'vitest';
import { zebra } from '../../test/support/crossing-minutes.js';
import { localEmbedderDimensions } from '../embeddings/local-hash-embeddings.js';
import { chunkJson, prepareDocument } from './prepare-document.js';

describe('prepareDocument', () => {
  const { document, chunks, vectors } = zebra;

  it('refuses vectors that do not match the chunks, before any store sees them', () => {
    expect(() => prepareDocument(document, chunks, vectors.slice(1), localEmbedderDimensions)).toThrow(
      /one vector per chunk/,
    );
  });

  it('refuses vectors of the wrong dimension or with non-finite values, naming the paper', () => {
    const short = vectors.map((vector) => vector.slice(0, 3));
    expect(() => prepareDocument(document, chunks, short, localEmbedderDimensions)).toThrow(
      expect.objectContaining({ code: 'embedding_failed', message: expect.stringContaining('zebra.md') }),
    );
    const broken = vectors.map((vector, index) => (index === 0 ? vector.map(() => Number.NaN) : vector));
    expect(() => prepareDocument(document, chunks, broken, localEmbedderDimensions)).toThrow(/non-finite/);
  });

  it('keeps float32 vectors in chunk order and the chunk as JSON', () => {
    const prepared = prepareDocument(document, chunks, vectors, localEmbedderDimensions);
    expect(prepared.vectors).toHaveLength(chunks.length * localEmbedderDimensions);
    expect(prepared.vectors[localEmbedderDimensions]).toBeCloseTo(vectors[1]![0]!, 6);
    expect(prepared.chunks.map((chunk) => JSON.parse(chunkJson(chunk, document.source)))).toEqual(chunks);
  });

  it('spells the whole chunk as JSON with its columns first, even when no other field is left', () => {
    const [first] = prepareDocument(document, chunks, vectors, localEmbedderDimensions).chunks;
    expect(Object.keys(JSON.parse(chunkJson(first!, 'moved.md'))).slice(0, 6)).toEqual([
      'id',
      'source',
      'meetingDate',
      'committee',
      'kind',
      'exempt',
    ]);
    expect(JSON.parse(chunkJson({ ...first!, detailsJson: '{}' }, 'moved.md'))).toEqual({
      id: first!.id,
      source: 'moved.md',
      meetingDate: first!.meetingDate,
      committee: first!.committee,
      kind: first!.kind,
      exempt: first!.exempt,
    });
  });
});

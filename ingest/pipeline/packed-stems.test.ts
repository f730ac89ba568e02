import { describe, expect, it } from 'vitest';
import { localEmbedderDimensions } from '../../src/embeddings/local-hash-embeddings.js';
import { prepareDocument } from '../../src/store/prepare-document.js';
import { zebra } from '../../test/support/crossing-minutes.js';
import { packStems, unpackStems } from './packed-stems.js';

describe('packStems', () => {
  const { document, chunks, vectors } = zebra;
  const prepared = prepareDocument(document, chunks, vectors, localEmbedderDimensions);

  it('hands a document over with each distinct stem once, and gets every chunk its own stems back', () => {
    const packed = packStems(prepared);
    const distinct = new Set(prepared.chunks.flatMap((chunk) => chunk.stems));
    expect(packed.stems.terms).toHaveLength(distinct.size);
    expect(packed.chunks.some((chunk) => 'stems' in chunk)).toBe(false);
    // As the worker posts it: cloned, its typed arrays moved.
    const posted = structuredClone(packed, { transfer: [packed.stems.ids.buffer, packed.stems.ends.buffer] });
    expect(unpackStems(posted)).toEqual(prepared);
  });

  it('keeps a chunk without stems apart from its neighbours', () => {
    const emptied = {
      ...prepared,
      chunks: prepared.chunks.map((chunk, index) => (index === 0 ? { ...chunk, stems: [] } : chunk)),
    };
    expect(unpackStems(packStems(emptied)).chunks.map((chunk) => chunk.stems)).toEqual(
      emptied.chunks.map((chunk) => chunk.stems),
    );
  });
});

import type { PreparedChunk, PreparedDocument } from '../../src/store/prepare-document.js';

/**
 * A document's chunk stems as they cross from the ingest worker to the writer: each distinct stem
 * once, and each chunk's stems as numbers into that list. Cloned as arrays of strings, the stems were
 * about a million strings at 30k chunks, copied one by one into the writer's heap (and hashed afresh
 * there when counted), the largest part of handing a document over; a document repeats its
 * vocabulary from chunk to chunk, so the distinct ones are a small fraction.
 */
export interface PackedStems {
  /** The document's distinct stems, in order of first appearance. */
  terms: string[];
  /** Every chunk's stems in turn, as indexes into terms. */
  ids: Uint32Array<ArrayBuffer>;
  /** Where each chunk's stems end in ids. */
  ends: Uint32Array<ArrayBuffer>;
}

/** A prepared document without its chunks' stems, which travel packed beside it. */
export type PackedDocument = Omit<PreparedDocument, 'chunks'> & {
  chunks: Omit<PreparedChunk, 'stems'>[];
  stems: PackedStems;
};

export function packStems(document: PreparedDocument): PackedDocument {
  const idOf = new Map<string, number>();
  const terms: string[] = [];
  let total = 0;
  for (const chunk of document.chunks) total += chunk.stems.length;
  const ids = new Uint32Array(total);
  const ends = new Uint32Array(document.chunks.length);
  let at = 0;
  const chunks = document.chunks.map(({ stems, ...rest }, index) => {
    for (const term of stems) {
      let id = idOf.get(term);
      if (id === undefined) {
        id = terms.length;
        idOf.set(term, id);
        terms.push(term);
      }
      ids[at++] = id;
    }
    ends[index] = at;
    return rest;
  });
  return { ...document, chunks, stems: { terms, ids, ends } };
}

/** The document as prepared: each chunk's stems unpacked, the same strings shared between chunks. */
export function unpackStems(packed: PackedDocument): PreparedDocument {
  const { stems: packedStems, chunks, ...document } = packed;
  const { terms, ids, ends } = packedStems;
  let start = 0;
  return {
    ...document,
    chunks: chunks.map((chunk, index) => {
      const end = ends[index]!;
      const stems = new Array<string>(end - start);
      for (let at = start; at < end; at += 1) stems[at - start] = terms[ids[at]!]!;
      start = end;
      return { ...chunk, stems };
    }),
  };
}

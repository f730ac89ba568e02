import type { EncodedChunkRows } from '../../src/store/postgres-store/encoded-chunk-rows.js';
import type { PreparedChunk, PreparedDocument } from '../../src/store/prepare-document.js';

/**
 * A document's chunk stems as they cross from the ingest worker to the writer: each distinct stem
 * once, and each chunk's stems as numbers into that list. Cloned as arrays of strings, the stems were
 * about a million strings at 30k chunks, copied one by one into the writer's heap (and hashed afresh
 * there when counted), the largest part of handing a document over; a document repeats its
 * vocabulary from chunk to chunk, so the distinct ones are a small fraction. The pair tokens of
 * rows encoded for PostgreSQL travel the same way.
 */
export interface PackedStems {
  /** The document's distinct stems, in order of first appearance. */
  terms: string[];
  /** Every chunk's stems in turn, as indexes into terms. */
  ids: Uint32Array<ArrayBuffer>;
  /** Where each chunk's stems end in ids. */
  ends: Uint32Array<ArrayBuffer>;
}

/** A prepared document without its chunks' stems (nor its encoded rows' pairs), which travel packed beside it. */
export type PackedDocument = Omit<PreparedDocument, 'chunks' | 'postgresRows'> & {
  chunks: Omit<PreparedChunk, 'stems'>[];
  stems: PackedStems;
  postgresRows?: Omit<EncodedChunkRows, 'pairs'> & { pairs: PackedStems };
};

export function packStems(document: PreparedDocument): PackedDocument {
  const { chunks, postgresRows, ...rest } = document;
  const packed: PackedDocument = {
    ...rest,
    chunks: chunks.map(({ stems: _stems, ...chunk }) => chunk),
    stems: packLists(chunks.map((chunk) => chunk.stems)),
  };
  if (postgresRows) packed.postgresRows = { ...postgresRows, pairs: packLists(postgresRows.pairs) };
  return packed;
}

/** The document as prepared: each chunk's stems unpacked, the same strings shared between chunks. */
export function unpackStems(packed: PackedDocument): PreparedDocument {
  const { stems, chunks, postgresRows, ...rest } = packed;
  const lists = unpackLists(stems);
  const document: PreparedDocument = {
    ...rest,
    chunks: chunks.map((chunk, index) => ({ ...chunk, stems: lists[index]! })),
  };
  if (postgresRows) document.postgresRows = { ...postgresRows, pairs: unpackLists(postgresRows.pairs) };
  return document;
}

/** The typed arrays of a packed document, which the worker moves to the writer rather than copies. */
export function packedBuffers(document: PackedDocument): ArrayBuffer[] {
  const buffers = [document.vectors.buffer, document.stems.ids.buffer, document.stems.ends.buffer];
  const rows = document.postgresRows;
  if (rows)
    buffers.push(
      rows.copy.buffer,
      rows.labelOffsets.buffer,
      rows.lexemes.buffer,
      rows.pairs.ids.buffer,
      rows.pairs.ends.buffer,
    );
  return buffers;
}

function packLists(lists: readonly (readonly string[])[]): PackedStems {
  const idOf = new Map<string, number>();
  const terms: string[] = [];
  let total = 0;
  for (const list of lists) total += list.length;
  const ids = new Uint32Array(total);
  const ends = new Uint32Array(lists.length);
  let at = 0;
  lists.forEach((list, index) => {
    for (const term of list) {
      let id = idOf.get(term);
      if (id === undefined) {
        id = terms.length;
        idOf.set(term, id);
        terms.push(term);
      }
      ids[at++] = id;
    }
    ends[index] = at;
  });
  return { terms, ids, ends };
}

function unpackLists({ terms, ids, ends }: PackedStems): string[][] {
  let start = 0;
  return Array.from(ends, (end) => {
    const list = new Array<string>(end - start);
    for (let at = start; at < end; at += 1) list[at - start] = terms[ids[at]!]!;
    start = end;
    return list;
  });
}

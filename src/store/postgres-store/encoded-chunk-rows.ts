/**
 * A document's chunk rows in the forms the PostgreSQL store sends them, built before the write
 * (by the ingest worker, off the writing thread, when the index is PostgreSQL): the chunk rows in
 * binary COPY form and their full-text lexemes as a binary tsvector[]. Each row's label comes from
 * the database's sequence when the document is written, so the rows hold a placeholder there that
 * withLabels (encode-chunk-rows.ts) fills in place.
 */
export interface EncodedChunkRows {
  /** The COPY data of the chunk rows, in chunk order (COPY's columns: chunkColumns). */
  copy: Uint8Array<ArrayBuffer>;
  /** Where each row's 8-byte label goes in `copy`. */
  labelOffsets: Uint32Array<ArrayBuffer>;
  /** The chunks' lexemes, one tsvector each in chunk order (BinaryTsvectorArray). */
  lexemes: Uint8Array<ArrayBuffer>;
  /** Each chunk's distinct pair tokens, which chunk_terms counts beside its stems. */
  pairs: string[][];
}

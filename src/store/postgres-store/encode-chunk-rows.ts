import { chunkJson, type PreparedChunk } from '../prepare-document.js';
import { BinaryCopyRows } from './binary-copy-rows.js';
import { BinaryTsvectorArray } from './binary-tsvector-array.js';
import { preparedChunkLexemes } from './chunk-lexemes.js';
import type { EncodedChunkRows } from './encoded-chunk-rows.js';

/** The chunks table's columns in the order the COPY rows hold them. */
export const chunkColumns = 'label, id, source, meeting_date, committee, kind, exempt, chunk_json, terms, embedding';

/**
 * Encodes a document's chunks (vectors: each chunk's `dimensions` float32s in turn). In the ingest
 * worker the lexemes and binary rows were a third of the writing thread's busy time in a bulk load.
 */
export function encodeChunkRows(
  source: string,
  chunks: readonly PreparedChunk[],
  vectors: Float32Array,
  dimensions: number,
): EncodedChunkRows {
  const rows = new BinaryCopyRows();
  const lexemes = new BinaryTsvectorArray();
  const labelOffsets = new Uint32Array(chunks.length);
  const pairs: string[][] = [];
  chunks.forEach((chunk, index) => {
    labelOffsets[index] = rows.row(10).offset + 4;
    rows
      .bigint(0)
      .text(chunk.id)
      .text(source)
      .text(chunk.meetingDate)
      .text(chunk.committee)
      .text(chunk.kind)
      .boolean(chunk.exempt)
      .text(chunkJson(chunk, source))
      .textArray(chunk.stems)
      .vector(vectors.subarray(index * dimensions, (index + 1) * dimensions));
    const built = preparedChunkLexemes(chunk);
    lexemes.add(built.positions);
    pairs.push(built.pairs);
  });
  return { copy: ownBytes(rows.finish()), labelOffsets, lexemes: ownBytes(lexemes.finish()), pairs };
}

/** The COPY data with each row's label set (labels in chunk order), written into `rows.copy` itself. */
export function withLabels(rows: EncodedChunkRows, labels: readonly number[]): Buffer {
  const copy = asBuffer(rows.copy);
  labels.forEach((label, index) => {
    copy.writeBigInt64BE(BigInt(label), rows.labelOffsets[index]!);
  });
  return copy;
}

/**
 * The bytes as a Buffer over the same memory: what crosses from the worker arrives as a plain
 * Uint8Array, and the driver sends only Buffers as binary parameters.
 */
export function asBuffer(bytes: Uint8Array<ArrayBuffer>): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The bytes in an ArrayBuffer of their own, which the worker can hand over without a copy or the rest of a pool. */
function ownBytes(bytes: Buffer): Uint8Array<ArrayBuffer> {
  const own = new Uint8Array(bytes.byteLength);
  own.set(bytes);
  return own;
}

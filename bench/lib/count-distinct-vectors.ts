import { createHash } from 'node:crypto';
import type { VectorTable } from './exact-top-k.js';

/** How many different vectors the table holds: a synthetic corpus repeats unchanged paragraphs. */
export function countDistinctVectors({ vectors, dimensions }: VectorTable): number {
  const seen = new Set<string>();
  const bytes = Buffer.from(vectors.buffer, vectors.byteOffset, vectors.byteLength);
  const rowBytes = dimensions * Float32Array.BYTES_PER_ELEMENT;
  for (let offset = 0; offset < bytes.length; offset += rowBytes) {
    seen.add(
      createHash('sha1')
        .update(bytes.subarray(offset, offset + rowBytes))
        .digest('base64'),
    );
  }
  return seen.size;
}

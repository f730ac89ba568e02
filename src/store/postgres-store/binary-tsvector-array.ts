import { BinaryWriter } from './binary-writer.js';
import type { LexemePositions } from './chunk-lexemes.js';

const tsvectorOid = 3614;
// Where the array's length goes in its header (after ndim, the null flag and the element type).
const lengthOffset = 12;

/**
 * A one-dimensional tsvector[] in PostgreSQL's binary form (array_recv of tsvectorrecv elements), sent
 * as a bound parameter's value: the full-text rows' lexemes as they are held, where their text form
 * had to be built and quoted here, escaped again as an array literal by the driver, and parsed
 * character by character by the server (tsvectorin). The server sorts each one's lexemes.
 */
export class BinaryTsvectorArray extends BinaryWriter {
  private count = 0;

  constructor() {
    super();
    // One dimension, no nulls, elements of type tsvector, its length (set by finish) from index 1.
    this.int32(1).int32(0).int32(tsvectorOid).int32(0).int32(1);
  }

  /**
   * Adds a tsvector of distinct lexemes, each with its positions (1 to 16,383, increasing, at most
   * 256 of them), as chunkLexemes builds them.
   */
  add({ lexemes, counts, positions }: LexemePositions): this {
    const at = this.placeholder();
    this.int32(lexemes.length);
    let next = 0;
    for (let index = 0; index < lexemes.length; index += 1) {
      this.cstring(lexemes[index]!);
      const count = counts[index]!;
      this.reserve(2 + count * 2);
      const { buffer } = this;
      let end = this.length;
      buffer[end++] = count >> 8;
      buffer[end++] = count & 0xff;
      for (const stop = next + count; next < stop; next += 1) {
        const position = positions[next]!;
        buffer[end++] = position >> 8;
        buffer[end++] = position & 0xff;
      }
      this.length = end;
    }
    this.fillLength(at);
    this.count += 1;
    return this;
  }

  /** The array; an array of none is the empty array (no dimensions). */
  finish(): Buffer {
    if (this.count === 0) return Buffer.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x0e, 0x1e]);
    this.buffer.writeInt32BE(this.count, lengthOffset);
    return this.buffer.subarray(0, this.length);
  }

  /** The string's UTF-8 bytes and a terminating zero; lexemes are short, mostly ASCII, and copied here without a call out. */
  private cstring(value: string): void {
    this.reserve(value.length * 3 + 1);
    let at = this.length;
    for (let index = 0; index < value.length; index += 1) {
      const code = value.charCodeAt(index);
      if (code >= 0x80) {
        at = this.length + this.buffer.write(value, this.length, 'utf8');
        break;
      }
      this.buffer[at++] = code;
    }
    this.buffer[at] = 0;
    this.length = at + 1;
  }
}

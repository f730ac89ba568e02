import { endianness } from 'node:os';
import { BinaryWriter } from './binary-writer.js';

/**
 * Rows in PostgreSQL's binary COPY format, for the column types a chunk row needs. Binary, not text,
 * because a chunk's vector is most of its bytes: as float4s it is sent as it is held (1 KB for 256
 * dimensions) instead of being printed digit by digit here and parsed back by the server.
 */
export class BinaryCopyRows extends BinaryWriter {
  constructor() {
    super();
    // Signature, flags (no OIDs), header extension length.
    this.reserve(19);
    this.length += this.buffer.write('PGCOPY\n\xff\r\n\0', this.length, 'latin1');
    this.int32(0).int32(0);
  }

  /** Starts a row of `fields` columns; each is then added in the COPY statement's column order. */
  row(fields: number): this {
    return this.int16(fields);
  }

  bigint(value: number): this {
    this.int32(8);
    this.reserve(8);
    this.length = this.buffer.writeBigInt64BE(BigInt(value), this.length);
    return this;
  }

  boolean(value: boolean): this {
    this.int32(1);
    this.reserve(1);
    this.length = this.buffer.writeUInt8(value ? 1 : 0, this.length);
    return this;
  }

  text(value: string | null): this {
    if (value === null) return this.int32(-1);
    const at = this.length;
    this.int32(0);
    const size = this.utf8(value);
    this.buffer.writeInt32BE(size, at);
    return this;
  }

  /** A one-dimensional text[] without nulls (array_recv's layout, elements of type text, OID 25). */
  textArray(values: readonly string[]): this {
    const at = this.length;
    this.int32(0);
    this.int32(values.length === 0 ? 0 : 1)
      .int32(0)
      .int32(textOid);
    if (values.length > 0) this.int32(values.length).int32(1);
    for (const value of values) {
      const elementAt = this.length;
      this.int32(0);
      this.buffer.writeInt32BE(this.utf8(value), elementAt);
    }
    this.buffer.writeInt32BE(this.length - at - 4, at);
    return this;
  }

  /** A pgvector vector (vector_recv's layout: int16 dimensions, int16 unused, float4s). */
  vector(values: Float32Array): this {
    this.int32(4 + values.length * 4);
    this.int16(values.length).int16(0);
    // The floats' bytes copied at once and put in network order in one call, not written one by one.
    const bytes = values.length * 4;
    this.reserve(bytes);
    const start = this.length;
    Buffer.from(values.buffer, values.byteOffset, bytes).copy(this.buffer, start);
    if (littleEndian) this.buffer.subarray(start, start + bytes).swap32();
    this.length = start + bytes;
    return this;
  }

  /** The rows with the trailer that ends the data. */
  finish(): Buffer {
    this.int16(-1);
    return this.buffer.subarray(0, this.length);
  }
}

const textOid = 25;
const littleEndian = endianness() === 'LE';

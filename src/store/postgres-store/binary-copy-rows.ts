/**
 * Rows in PostgreSQL's binary COPY format, for the column types a chunk row needs. Binary, not text,
 * because a chunk's vector is most of its bytes: as float4s it is sent as it is held (1 KB for 256
 * dimensions) instead of being printed digit by digit here and parsed back by the server.
 */
export class BinaryCopyRows {
  private readonly parts: Buffer[] = [binaryCopyHeader()];

  /** Starts a row of `fields` columns; each is then added in the COPY statement's column order. */
  row(fields: number): this {
    return this.push(int16(fields));
  }

  bigint(value: number): this {
    const buffer = Buffer.alloc(12);
    buffer.writeInt32BE(8, 0);
    buffer.writeBigInt64BE(BigInt(value), 4);
    return this.push(buffer);
  }

  boolean(value: boolean): this {
    return this.push(Buffer.from([0, 0, 0, 1, value ? 1 : 0]));
  }

  text(value: string | null): this {
    if (value === null) return this.push(int32(-1));
    const bytes = Buffer.from(value, 'utf8');
    return this.push(int32(bytes.length), bytes);
  }

  /** A one-dimensional text[] without nulls (array_recv's layout, elements of type text, OID 25). */
  textArray(values: readonly string[]): this {
    const elements = values.map((value) => Buffer.from(value, 'utf8'));
    const header = Buffer.alloc(values.length === 0 ? 12 : 20);
    header.writeInt32BE(values.length === 0 ? 0 : 1, 0);
    header.writeInt32BE(0, 4);
    header.writeInt32BE(textOid, 8);
    if (values.length > 0) {
      header.writeInt32BE(values.length, 12);
      header.writeInt32BE(1, 16);
    }
    const size = header.length + elements.reduce((total, element) => total + 4 + element.length, 0);
    this.push(int32(size), header);
    for (const element of elements) this.push(int32(element.length), element);
    return this;
  }

  /** A pgvector vector (vector_recv's layout: int16 dimensions, int16 unused, float4s). */
  vector(values: Float32Array): this {
    const buffer = Buffer.alloc(8 + values.length * 4);
    buffer.writeInt32BE(4 + values.length * 4, 0);
    buffer.writeInt16BE(values.length, 4);
    buffer.writeInt16BE(0, 6);
    for (let index = 0; index < values.length; index += 1) buffer.writeFloatBE(values[index]!, 8 + index * 4);
    return this.push(buffer);
  }

  /** The rows with the trailer that ends the data. */
  finish(): Buffer {
    return Buffer.concat([...this.parts, int16(-1)]);
  }

  private push(...buffers: Buffer[]): this {
    this.parts.push(...buffers);
    return this;
  }
}

const textOid = 25;

function binaryCopyHeader(): Buffer {
  // Signature, flags (no OIDs), header extension length.
  return Buffer.concat([Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), int32(0), int32(0)]);
}

function int16(value: number): Buffer {
  const buffer = Buffer.alloc(2);
  buffer.writeInt16BE(value, 0);
  return buffer;
}

function int32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeInt32BE(value, 0);
  return buffer;
}

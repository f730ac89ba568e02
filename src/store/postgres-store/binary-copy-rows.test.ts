import { describe, expect, it } from 'vitest';
import { BinaryCopyRows } from './binary-copy-rows.js';

/** A vector field as vector_recv reads it, written float by float in network order. */
function expectedVectorField(values: readonly number[]): Buffer {
  const field = Buffer.alloc(4 + 4 + values.length * 4);
  field.writeInt32BE(4 + values.length * 4, 0);
  field.writeInt16BE(values.length, 4);
  values.forEach((value, index) => {
    field.writeFloatBE(value, 8 + index * 4);
  });
  return field;
}

describe('BinaryCopyRows', () => {
  it("writes a vector's floats in network order, from a view into a larger array too", () => {
    const all = new Float32Array([9, 1.5, -2, 0.1, -0, 3.4e38, 7]);
    // The middle five: a view that starts 4 bytes into its buffer, as a document's vectors are cut.
    const view = all.subarray(1, 6);
    const rows = new BinaryCopyRows().row(1).vector(view).finish();
    const header = 19;
    const field = rows.subarray(header + 2, rows.length - 2);
    expect(field.equals(expectedVectorField([...view]))).toBe(true);
    // The source floats are left as they were.
    expect([...all]).toEqual([...new Float32Array([9, 1.5, -2, 0.1, -0, 3.4e38, 7])]);
  });
});

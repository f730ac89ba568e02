import { describe, expect, it } from 'vitest';
import { makeMinutes } from '../../../test/support/make-paper.js';
import { BinaryTsvectorArray } from './binary-tsvector-array.js';
import { preparedChunkLexemes } from './chunk-lexemes.js';
import { encodeChunkRows, withLabels } from './encode-chunk-rows.js';

const { prepared } = makeMinutes('lantern-walk.md', {
  date: 'Thursday 9 October 2025',
  items: [
    ['Lanterns', 'The lantern walk along Quillby Reach drew 310 walkers; the ferry ran late.'],
    ['Ferry', 'The ferry timetable for the winter months was noted.'],
  ],
});
const dimensions = prepared.vectors.length / prepared.chunks.length;
// The COPY header (19 bytes), then each row: its field count (2), the label's length (4), the label.
const firstLabelAt = 19 + 2 + 4;

describe('encodeChunkRows', () => {
  it('leaves each row a label the write fills in place, the rest of its bytes unchanged', () => {
    const rows = encodeChunkRows(prepared.source, prepared.chunks, prepared.vectors, dimensions);
    expect(rows.labelOffsets).toHaveLength(prepared.chunks.length);
    expect(rows.labelOffsets[0]).toBe(firstLabelAt);
    const before = Buffer.from(rows.copy);
    const labels = prepared.chunks.map((_, index) => 7_000_000_001 + index);
    const copy = withLabels(rows, labels);
    rows.labelOffsets.forEach((offset, index) => {
      expect(Number(copy.readBigInt64BE(offset))).toBe(labels[index]);
      before.writeBigInt64BE(BigInt(labels[index]!), offset);
    });
    expect(copy.equals(before)).toBe(true);
  });

  it("holds the chunks' lexemes and distinct pair tokens as built at the write", () => {
    const rows = encodeChunkRows(prepared.source, prepared.chunks, prepared.vectors, dimensions);
    const expected = new BinaryTsvectorArray();
    for (const chunk of prepared.chunks) expected.add(preparedChunkLexemes(chunk).positions);
    expect(Buffer.from(rows.lexemes).equals(expected.finish())).toBe(true);
    expect(rows.pairs).toEqual(prepared.chunks.map((chunk) => preparedChunkLexemes(chunk).pairs));
  });
});

import { describe, expect, it } from 'vitest';
import { exactTopK, normalizeRows } from './exact-top-k.js';
import { scoreRecall } from './score-recall.js';

const vectors = normalizeRows(Float32Array.from([1, 0, 0.9, 0.1, 0, 1, -1, 0, 0.5, 0.5, 1, 0]), 2);
const rows = (hits: { row: number }[]) => hits.map((hit) => hit.row);

describe('exactTopK', () => {
  it('ranks rows by cosine similarity, whatever the query length', () => {
    expect(rows(exactTopK({ vectors, dimensions: 2 }, [0, 2], 2))).toEqual([2, 4]);
    expect(exactTopK({ vectors, dimensions: 2 }, [10, 0], 3).map((hit) => hit.score)).toEqual([
      1,
      1,
      expect.any(Number),
    ]);
  });

  it('skips rows that are not allowed', () => {
    const allowed = Uint8Array.from([0, 1, 1, 1, 1, 0]);
    expect(rows(exactTopK({ vectors, dimensions: 2, allowed }, [1, 0], 2))).toEqual([1, 4]);
  });
});

describe('scoreRecall', () => {
  const table = { vectors, dimensions: 2 };

  it('counts the exact neighbours found, and ties with the k-th as found', () => {
    // Rows 0 and 5 are the same vector: either is a correct nearest neighbour.
    const exact = rows(exactTopK(table, [1, 0], 1));
    const other = exact[0] === 0 ? 5 : 0;
    expect(scoreRecall(table, [[1, 0]], [[other]], 1)).toEqual({ strict: 0, withTies: 1 });
    expect(scoreRecall(table, [[1, 0]], [[1]], 1)).toEqual({ strict: 0, withTies: 0 });
    expect(
      scoreRecall(
        table,
        [
          [1, 0],
          [0, 1],
        ],
        [
          [0, 5, 1],
          [2, 4, 1],
        ],
        3,
      ),
    ).toEqual({ strict: 1, withTies: 1 });
  });
});

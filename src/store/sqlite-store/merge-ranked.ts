/**
 * One ranking from several searches over the same chunks, ranked by FTS5 (a lower rank is better):
 * each chunk at its best rank, the first `limit`. A search split by the candidate budget ranks its
 * candidates alone and, again, those of them holding a commoner term with that term too: a chunk's
 * better rank is then what the whole expression gives it (createTextQueryPlanner).
 */
export function mergeRanked<Row extends { label: number; rank: number }>(lists: Row[][], limit: number): Row[] {
  const best = new Map<number, Row>();
  for (const list of lists) {
    for (const row of list) {
      const seen = best.get(row.label);
      if (!seen || row.rank < seen.rank) best.set(row.label, row);
    }
  }
  return [...best.values()].sort((a, b) => a.rank - b.rank).slice(0, limit);
}

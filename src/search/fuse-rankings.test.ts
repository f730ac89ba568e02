import { describe, expect, it } from 'vitest';
import type { Chunk } from '../core/chunk.js';
import type { ScoredChunk } from '../store/index-store.js';
import { fuseRankings } from './fuse-rankings.js';

const hit = (id: string, score: number): ScoredChunk => ({ chunk: { id } as Chunk, score });

describe('fuseRankings', () => {
  it('weighs each ranking by its score relative to its own best', () => {
    const fused = fuseRankings([hit('a', 10), hit('b', 5)], [hit('b', 0.8), hit('c', 0.4)], {
      method: 'weighted',
      vectorWeight: 0.5,
    });
    expect(fused.get('a')?.score).toBeCloseTo(1);
    expect(fused.get('b')?.score).toBeCloseTo(0.5 + 0.5);
    expect(fused.get('c')?.score).toBeCloseTo(0.25);
  });

  it('ignores negative similarity rather than penalising', () => {
    const fused = fuseRankings([], [hit('a', 0.5), hit('b', -0.2)], { method: 'weighted', vectorWeight: 1 });
    expect(fused.get('b')?.score).toBe(0);
  });

  it('adds reciprocal ranks with the usual constant of 60', () => {
    const fused = fuseRankings([hit('a', 3), hit('b', 2)], [hit('b', 0.9)], { method: 'rrf', vectorWeight: 1 });
    expect(fused.get('a')?.score).toBeCloseTo(1 / 61);
    expect(fused.get('b')?.score).toBeCloseTo(1 / 62 + 1 / 61);
  });

  it('copes with an empty ranking on either side', () => {
    expect(fuseRankings([], [], { method: 'weighted', vectorWeight: 0.3 }).size).toBe(0);
  });
});

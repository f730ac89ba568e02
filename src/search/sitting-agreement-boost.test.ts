import { describe, expect, it } from 'vitest';
import type { Chunk } from '../core/chunk.js';
import { sittingAgreementBoost } from './sitting-agreement-boost.js';

const passage = (id: string, source: string, score: number, kind: Chunk['kind'] = 'transcript') => ({
  chunk: { id, source, kind, text: id } as Chunk,
  score,
});

describe('sittingAgreementBoost', () => {
  it('ranks a passage of the sitting several passages speak to above a lone match from another sitting', () => {
    const ranked = [
      passage('lone', 'harbour-board.txt', 1),
      passage('sitting-a', 'ferry-committee.txt', 0.95),
      passage('sitting-b', 'ferry-committee.txt', 0.8),
      passage('sitting-c', 'ferry-committee.txt', 0.7),
    ];
    expect(sittingAgreementBoost(ranked).map(({ chunk }) => chunk.id)).toEqual([
      'sitting-a',
      'sitting-b',
      'lone',
      'sitting-c',
    ]);
  });

  it('leaves other papers, and a single sitting, as they rank', () => {
    const minutes = [passage('m1', 'minutes-a.md', 1, 'minutes'), passage('m2', 'minutes-b.md', 0.5, 'minutes')];
    expect(sittingAgreementBoost(minutes)).toEqual(minutes);
    const one = [passage('t1', 'sitting.txt', 1), passage('t2', 'sitting.txt', 0.4)];
    expect(sittingAgreementBoost(one)).toEqual(one);
  });
});

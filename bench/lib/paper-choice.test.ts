import { describe, expect, it } from 'vitest';
import { paperChoice } from './paper-choice.js';

const passage = (source: string, evidence = false) => ({ source, evidence });

describe('paperChoice', () => {
  it('ranks the evidence among its own paper’s passages when another sitting ranks first', () => {
    const ranking = [
      passage('harbour-board-2.txt'),
      passage('harbour-board-2.txt'),
      passage('ferry-panel-7.txt'),
      passage('harbour-board-2.txt'),
      passage('ferry-panel-7.txt'),
      passage('ferry-panel-7.txt', true),
    ];
    expect(paperChoice(ranking)).toEqual({ rank: 6, rightPaperFirst: false, rankInPaper: 3 });
  });

  it('says the paper was right when the first passage comes from the evidence’s paper', () => {
    const ranking = [passage('ferry-panel-7.txt'), passage('harbour-board-2.txt'), passage('ferry-panel-7.txt', true)];
    expect(paperChoice(ranking)).toEqual({ rank: 3, rightPaperFirst: true, rankInPaper: 2 });
  });

  it('knows nothing of the paper when the evidence is beyond the depth', () => {
    expect(paperChoice([passage('ferry-panel-7.txt')])).toEqual({
      rank: null,
      rightPaperFirst: null,
      rankInPaper: null,
    });
  });
});

import { shiftDates } from '../../test/support/shift-dates.js';
import { renameCommittee } from './rename-committee.js';
import { shuffleItems } from './shuffle-items.js';

export interface PaperVariation {
  /** Days to move every date by. */
  days: number;
  /** The paper's committee and the name it takes in this copy. */
  committee?: { from: string; to: string };
  random: () => number;
}

/** One synthetic copy of a paper: dates moved, numbered items reordered, committee renamed. */
export function varyPaper(text: string, { days, committee, random }: PaperVariation): string {
  const shuffled = shuffleItems(shiftDates(text, days), random);
  return committee ? renameCommittee(shuffled, committee.from, committee.to) : shuffled;
}

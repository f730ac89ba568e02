import { describe, expect, it } from 'vitest';
import { promisedParts } from './promised-parts.js';

const lines = (...texts: string[]) => texts.map((text) => ({ text }));

describe('promisedParts', () => {
  it('brings the lines taking up the parts a line promises, up to the count', () => {
    const [promise, ...after] = lines(
      'The review has three strands. First, the ferry timetable.',
      'Secondly, the fares paid by islanders.',
      'Thirdly, the pier repairs.',
      'Fourthly, and outside the review, the car park.',
    );
    expect(promisedParts(promise!, after).map((line) => line.text)).toEqual([
      'Secondly, the fares paid by islanders.',
      'Thirdly, the pier repairs.',
    ]);
  });

  it('brings nothing for a line promising no count, or parts the text never takes up by ordinal', () => {
    const [plain, ...after] = lines('The ferry review was welcomed.', 'The second sailing will be kept.');
    expect(promisedParts(plain!, after)).toEqual([]);
    const [themes, ...list] = lines('Two key themes were identified:', '- fares', '- timetables');
    expect(promisedParts(themes!, list)).toEqual([]);
  });
});

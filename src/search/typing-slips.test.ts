import { describe, expect, it } from 'vitest';
import { stem } from '../core/tokenize.js';
import { oneSlipAway, typingSlips } from './typing-slips.js';

// An invented index's vocabulary: how many passages print each stem.
const printed = new Map([
  [stem('lighthouse'), 4],
  [stem('harbourmaster'), 7],
  [stem('harbourmasters'), 7],
  [stem('needs'), 30],
  [stem('heading'), 60],
]);
const isUnseen = (word: string) => !printed.has(stem(word));
const frequencies = async (stems: string[]) =>
  new Map(stems.filter((term) => printed.has(term)).map((term) => [term, printed.get(term)!]));

describe('oneSlipAway', () => {
  it('holds the words a dropped, extra or swapped letter makes, not a changed one', () => {
    const away = oneSlipAway('quay');
    expect(away).toEqual(expect.arrayContaining(['qay', 'quary', 'qauy']));
    expect(away).not.toContain('quay');
    expect(away).not.toContain('quey');
  });
});

describe('typingSlips', () => {
  it('reads an unseen long word as the printed word one slip away', async () => {
    expect(await typingSlips(['lighthosue', 'harbormaster'], isUnseen, frequencies)).toEqual([
      { used: 'lighthosue', alternatives: ['lighthouse'] },
      { used: 'harbormaster', alternatives: ['harbourmaster'] },
    ]);
  });

  it('leaves short unseen words, which are as often names, and words the papers print', async () => {
    expect(await typingSlips(['leeds', 'lighthouse'], isUnseen, frequencies)).toEqual([]);
  });

  it('takes no real word for another a changed letter away (heating is not heading)', async () => {
    expect(await typingSlips(['heating'], isUnseen, frequencies)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { contentTerms } from '../../core/tokenize.js';
import { topicCompounds } from './topic-compounds.js';

const stems = (text: string) => contentTerms(text);
// How rarely the index prints each word: the higher, the more specific.
const rarity: Record<string, number> = Object.fromEntries(
  stems('kayak harbour heated quay seat').map((stem, index) => [stem, [9, 3, 8, 4, 2][index]!]),
);
const specificity = (stem: string) => rarity[stem] ?? 1;

describe('topicCompounds', () => {
  it('finds words typed together, each run by its most specific word', () => {
    const question = 'What figures were given for kayak harbours and heated quay seats?';
    const compounds = topicCompounds(question, stems(question), specificity);
    expect(compounds).toEqual([
      { stems: stems('kayak harbours'), key: stems('kayak')[0] },
      { stems: stems('heated quay seats'), key: stems('heated')[0] },
    ]);
  });

  it('does not run across a word left out of the topic, a determiner or punctuation', () => {
    const question = 'Did Marta Quill buy another kayak, harbour passes included?';
    const topic = stems('buy kayak harbour passes included');
    expect(topicCompounds(question, topic, specificity).map(({ stems }) => stems)).toEqual([
      stems('harbour passes included'),
    ]);
  });
});

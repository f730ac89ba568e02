import { describe, expect, it } from 'vitest';
import { contentTerms } from '../../core/tokenize.js';
import { topicCompounds, wholeTopicCompound } from './topic-compounds.js';

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

  it('names the words to hold together only when the whole topic is one compound of two words', () => {
    const whole = (question: string, topic: string) =>
      wholeTopicCompound(question, stems(topic), [], specificity, () => false);
    expect(whole('kayak harbours?', 'kayak harbours')).toEqual(stems('kayak harbours'));
    expect(whole('What about kayak harbours and heated seats?', 'kayak harbours heated seats')).toEqual([]);
    expect(whole('Which kayaks were bought for the harbour?', 'kayaks bought harbour')).toEqual([]);
    expect(whole('kayak harbours?', 'kayak')).toEqual([]);
    // A longer run holds modifiers the papers may word their own way.
    expect(whole('What was the heated quay seat levy?', 'heated quay seat levy')).toEqual([]);
    // The verb typed after the subject is no word of the compound.
    expect(whole('How much did the kayak harbour cost?', 'kayak harbour cost')).toEqual(stems('kayak harbour'));
    expect(whole('Was the kayak harbour approved?', 'kayak harbour approved')).toEqual(stems('kayak harbour'));
    expect(whole('What was the kayak harbour?', 'kayak harbour')).toEqual(stems('kayak harbour'));
    // A compound that does not close the question does not end on its verb: "pay" opens this run of three.
    expect(whole('What did the parish pay kayak harbour, and what for?', 'pay kayak harbour')).toEqual([]);
  });

  it('asks nothing of a compound with a word never seen, or of a question typing a name', () => {
    const never = (stem: string) => stem === stems('quay')[0];
    expect(wholeTopicCompound('heated quay?', stems('heated quay'), [], specificity, never)).toEqual([]);
    const named = stems('Quill');
    expect(
      wholeTopicCompound('Quill kayak harbours?', stems('Quill kayak harbours'), named, specificity, () => false),
    ).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { contentTerms } from '../../core/tokenize.js';
import { namesSpeaker, typedNames } from './typed-names.js';

const titles = new Set(contentTerms('dr mr hon am'));

describe('typedNames and namesSpeaker', () => {
  it('keeps the words of one capitalised name together, titles set aside', () => {
    expect(typedNames('Why did Dr Ama Boateng doubt Saint Marlow College?', titles)).toEqual([
      contentTerms('Ama Boateng'),
      contentTerms('Saint Marlow College'),
    ]);
  });

  it('reads a name as the speaker’s when half its words or more are the speaker’s', () => {
    const speaker = contentTerms('Devon Achterberg');
    const names = (question: string) => typedNames(question, titles);
    const [devon, achterberg] = speaker;
    expect(namesSpeaker(names('What did Devon Achterburg say?'), speaker, devon!)).toBe(true);
    expect(namesSpeaker(names('What did Minister Achterberg say?'), speaker, achterberg!)).toBe(true);
    expect(namesSpeaker(names('Who funds Upper Dale Achterberg Hall?'), speaker, achterberg!)).toBe(false);
  });
});

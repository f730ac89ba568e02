import { describe, expect, it } from 'vitest';
import { contentTerms } from '../../core/tokenize.js';
import { askerOfReply } from './reply-to-asker.js';

const asker = contentTerms('Ines Varga');

describe('askerOfReply', () => {
  it('reads the asker from a possessive question', () => {
    expect(askerOfReply("What was the answer to Ines Varga's question on ferry fares?")).toEqual(asker);
  });
  it('reads the asker from a question put by someone', () => {
    expect(askerOfReply('What reply was given to the question from Ines Varga about moorings?')).toEqual(asker);
  });
  it('reads the asker who put the question in a when-clause', () => {
    expect(askerOfReply('When Ines Varga asked about the slipway, what was the reply?')).toEqual(asker);
  });
  it('finds no asker when a person is asked for their own words', () => {
    expect(askerOfReply('What did Ines Varga say about ferry fares?')).toEqual([]);
    expect(askerOfReply("What was Ines Varga's answer on ferry fares?")).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { contentTerms } from '../../core/tokenize.js';
import { askerOfReply, challengesOffice, disputes } from './reply-to-asker.js';

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
  it('reads the person disagreed with or answered as the one whose turn is replied to', () => {
    expect(askerOfReply('Who disagreed with Ines Varga that the fares were too high?')).toEqual(asker);
    expect(askerOfReply("Who took issue with Ines Varga's claim?")).toEqual(asker);
    expect(askerOfReply('who answered Ines Varga on the slipway')).toEqual(asker);
    expect(askerOfReply('Who disagreed with the plan?')).toEqual([]);
  });
  it('reads the person whose words what happened next followed', () => {
    expect(askerOfReply('What happened after Ines Varga said the slipway was unsafe?')).toEqual(asker);
    expect(askerOfReply('How did the Minister respond when Ines Varga asked about moorings?')).toEqual(asker);
    expect(askerOfReply("What followed Ines Varga's question on ferry fares?")).toEqual(asker);
    expect(askerOfReply('What happened after the vote?')).toEqual([]);
  });
  it('finds no asker when a person is asked for their own words', () => {
    expect(askerOfReply('What did Ines Varga say about ferry fares?')).toEqual([]);
    expect(askerOfReply("What was Ines Varga's answer on ferry fares?")).toEqual([]);
  });
});

describe('challengesOffice', () => {
  it('reads an office named after a verb of challenge as the one challenged', () => {
    expect(challengesOffice('Did anyone push back on the Minister over school reopening?', 'Minister')).toBe(true);
    expect(challengesOffice('Who challenged the Cabinet Secretary on fares?', 'Cabinet Secretary')).toBe(true);
    expect(challengesOffice('Did members disagree with the chair?', 'chair')).toBe(true);
    expect(challengesOffice('What did the Minister say about school reopening?', 'Minister')).toBe(false);
    expect(challengesOffice('Did the Minister challenge the figures?', 'Minister')).toBe(false);
  });
});

describe('disputes', () => {
  it('tells a turn that disputes from one that only asks', () => {
    expect(disputes("Wouldn't it be dangerous to reopen before testing?")).toBe(true);
    expect(disputes('Surely that sends a mixed message.')).toBe(true);
    expect(disputes('Could you outline when schools might reopen?')).toBe(false);
  });
});

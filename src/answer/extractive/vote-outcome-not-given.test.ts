import { describe, expect, it } from 'vitest';
import { omitsVoteOutcomeAsked } from './vote-outcome-not-given.js';

describe('omitsVoteOutcomeAsked', () => {
  const listed = ['(4) HB/31/1004 – The Old Boathouse, Quay Lane: installation of 12 roof-mounted solar panels'];

  it('finds the vote asked answered by a line naming the application without any outcome', () => {
    expect(omitsVoteOutcomeAsked("what was the planning committee's vote on the solar panels?", listed)).toBe(true);
    expect(omitsVoteOutcomeAsked('what was the vote on the boathouse panels', listed)).toBe(true);
  });

  it('accepts a count, unanimity, or an outcome', () => {
    const outcome = (line: string) => omitsVoteOutcomeAsked('what was the vote on the boathouse panels?', [line]);
    expect(outcome('Members voted 6 in favour, 2 against.')).toBe(false);
    expect(outcome('The application was approved unanimously.')).toBe(false);
    expect(outcome('The item was deferred to the March meeting for a site visit.')).toBe(false);
    expect(outcome('Voting: For refusal 5, Against 2.')).toBe(false);
  });

  it('leaves other questions alone', () => {
    expect(omitsVoteOutcomeAsked('what was said about the boathouse panels?', listed)).toBe(false);
  });
});

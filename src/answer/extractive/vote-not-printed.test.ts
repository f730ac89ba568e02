import { describe, expect, it } from 'vitest';
import { asksForDivisionNotPrinted, omitsVoteOutcomeAsked, voteFigure } from './vote-not-printed.js';

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

describe('asksForDivisionNotPrinted', () => {
  const resolved = [
    'The review recommendations were presented to Cabinet on 14 October.',
    'Resolved: That recommendations 1 to 3 be approved and forwarded to Cabinet.',
  ].join('\n');

  it('holds "did anyone vote against" unanswered when the quoted minutes print only the resolution', () => {
    expect(asksForDivisionNotPrinted('did anyone vote against sending the review to cabinet?', [resolved])).toBe(true);
    expect(asksForDivisionNotPrinted('was the decision on the review unanimous', [resolved])).toBe(true);
  });

  it('lets a printed division answer, however the minutes word it', () => {
    expect(asksForDivisionNotPrinted('how many voted against the motion?', ['For (40) Against (19)'])).toBe(false);
    expect(asksForDivisionNotPrinted('who voted against the verge?', ['Cllr Teague voted against.'])).toBe(false);
    expect(asksForDivisionNotPrinted('did anyone vote against it?', ['Ayes: Marchetti\nNays: None'])).toBe(false);
    expect(asksForDivisionNotPrinted('who dissented from the direction?', ['asked that her dissent be recorded'])).toBe(
      false,
    );
  });

  it('leaves questions that do not ask how members divided alone', () => {
    expect(asksForDivisionNotPrinted('was the review sent to cabinet?', [resolved])).toBe(false);
  });
});

describe('voteFigure', () => {
  it("reads a count told as votes, and not a decision's own figures", () => {
    expect(voteFigure.test('Carried by 5 votes to 1.')).toBe(true);
    expect(voteFigure.test('For: 7, Against: 2')).toBe(true);
    expect(voteFigure.test('That the 16-19 bursary be paid from 1 September 2031.')).toBe(false);
  });
});

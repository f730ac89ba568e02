import { describe, expect, it } from 'vitest';
import { omitsCountAsked, omitsCountSaid, omitsFigureSaid } from './count-not-given.js';

describe('omitsCountAsked', () => {
  const asked = [
    'Members asked what play provision was open in the valley and how many wardens were also trained as lifeguards.',
  ];
  const talk = [
    'He raised the issue of quad bikes on the towpath and added that wardens were needed and penalty notices.',
  ];

  it('finds "how many" answered by lines that print no number', () => {
    expect(omitsCountAsked('How many wardens are trained as lifeguards?', asked)).toBe(true);
    expect(omitsCountAsked('what number of wardens are lifeguards', asked)).toBe(true);
    expect(omitsCountAsked('how many penalty notices were given out on the towpath?', talk)).toBe(true);
  });

  it('finds "how many" answered by lines whose only digits are a day, a year or a clock time', () => {
    const dated = ['Lido survey with the wardens · Workshop scheduled for 14 th March 2031 at 10:00.'];
    expect(omitsCountAsked('how many replies did the lido survey get', dated)).toBe(true);
    expect(omitsCountAsked('how many replies did the lido survey get', ['The lido survey ran in 2030/31.'])).toBe(true);
    expect(omitsCountAsked('how many replies?', ['The lido survey of 3 May 2031 drew 212 replies.'])).toBe(false);
  });

  it('accepts a count in figures or words, a share, a sum, people, and none at all', () => {
    expect(omitsCountAsked('How many wardens are lifeguards?', ['Fourteen wardens held the lifeguard award.'])).toBe(
      false,
    );
    expect(omitsCountAsked('How many wardens are lifeguards?', ['Of the wardens, 40% were lifeguards.'])).toBe(false);
    expect(omitsCountAsked('How many objections were there?', ['There were no objections to the lido.'])).toBe(false);
    expect(omitsCountAsked('how many penalty notices?', ['Wardens issued 14 penalty notices in May.'])).toBe(false);
    expect(omitsCountAsked('how many loans?', ['Loans of £1.2m were approved.'])).toBe(false);
    expect(omitsCountAsked('how many sent apologies?', ['Apologies were received from Cllr P Amberley.'])).toBe(false);
    expect(omitsCountAsked('how many voted against?', ['The motion was carried unanimously.'])).toBe(false);
  });

  it('leaves other questions alone', () => {
    expect(omitsCountAsked('Are wardens trained as lifeguards?', asked)).toBe(false);
    expect(omitsCountAsked('Has the number of wardens gone up?', asked)).toBe(false);
    expect(omitsCountAsked('what was said about penalty notices?', talk)).toBe(false);
  });
});

describe('omitsCountSaid', () => {
  const talk = [
    'Orla Quent said that both the harbour trust and the ferry board had worked on all the moorings this year.',
    'Orla Quent said that each of the pontoons was busy and no berth was left unused.',
  ];

  it('finds "how many" answered by talk whose "both", "all", "each" and "no" count nothing', () => {
    expect(omitsCountAsked('How many moorings were let this year?', talk)).toBe(false);
    expect(omitsCountSaid('How many moorings were let this year?', talk)).toBe(true);
  });

  it('accepts a figure in digits or words', () => {
    expect(omitsCountSaid('How many moorings were let?', [...talk, 'She said that 212 moorings were let.'])).toBe(
      false,
    );
    expect(omitsCountSaid('How many moorings were let?', ['She said that forty moorings were let.'])).toBe(false);
    expect(omitsCountSaid('How many moorings were let?', ['She said that a third of the moorings were let.'])).toBe(
      false,
    );
  });

  it('keeps a count asked in the sitting and left unanswered: that exchange is what the sitting holds', () => {
    const put = 'Tegan Morrow asked: “Can the minister tell us how many moorings are still waiting for a licence?”';
    expect(omitsCountSaid('How many moorings are waiting for a licence?', [put, ...talk])).toBe(false);
    const pressed = 'Tegan Morrow said that the minister could not tell them the number of moorings still waiting.';
    expect(omitsCountSaid('How many moorings are waiting for a licence?', [pressed, ...talk])).toBe(false);
    const many = 'Tegan Morrow said that a large number of boat owners had worked on the moorings.';
    expect(omitsCountSaid('How many moorings are waiting for a licence?', [many, ...talk])).toBe(true);
  });

  it('leaves other questions alone', () => {
    expect(omitsCountSaid('What did the harbour master say about moorings?', talk)).toBe(false);
  });
});

describe('omitsFigureSaid', () => {
  const answer = [
    '- Orla Quent said that both the harbour trust and the ferry board had worked on all the moorings. [1]',
    '- Tegan Morrow said that the moorings were busy all summer. [2]',
  ].join('\n');

  it('reads a spoken answer without its citation markers, whose numbers are no figure', () => {
    expect(omitsFigureSaid('How many moorings were let this summer?', answer)).toBe(true);
    expect(omitsFigureSaid('How much did the moorings earn this summer?', answer)).toBe(true);
    expect(omitsFigureSaid('What did the harbour trust say about the moorings?', answer)).toBe(false);
  });

  it('accepts a sum or a count said', () => {
    const paid = `${answer}\n- Orla Quent said that the moorings earned £14,000 and 212 were let. [1]`;
    expect(omitsFigureSaid('How much did the moorings earn this summer?', paid)).toBe(false);
    expect(omitsFigureSaid('How many moorings were let this summer?', paid)).toBe(false);
  });
});

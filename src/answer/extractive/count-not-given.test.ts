import { describe, expect, it } from 'vitest';
import { omitsCountAsked } from './count-not-given.js';

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

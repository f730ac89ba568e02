import { describe, expect, it } from 'vitest';
import { omitsCountAsked } from './count-not-given.js';

describe('omitsCountAsked', () => {
  const talk = [
    'He raised the issue of quad bikes on the towpath and added that wardens were needed and penalty notices.',
  ];

  it('finds "how many" answered by lines that print no number', () => {
    expect(omitsCountAsked('how many penalty notices were given out on the towpath?', talk)).toBe(true);
  });

  it('accepts lines with a count, a sum, a measure, people or a count in words', () => {
    expect(omitsCountAsked('how many penalty notices?', ['Wardens issued 14 penalty notices in May.'])).toBe(false);
    expect(omitsCountAsked('how many notices?', ['Wardens issued eleven notices on the towpath.'])).toBe(false);
    expect(omitsCountAsked('how many loans?', ['Loans of £1.2m were approved.'])).toBe(false);
    expect(omitsCountAsked('how many sent apologies?', ['Apologies were received from Cllr P Amberley.'])).toBe(false);
    expect(omitsCountAsked('how many voted against?', ['The motion was carried unanimously.'])).toBe(false);
  });

  it('leaves other questions alone', () => {
    expect(omitsCountAsked('what was said about penalty notices?', talk)).toBe(false);
  });
});

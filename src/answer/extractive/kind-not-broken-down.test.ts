import { describe, expect, it } from 'vitest';
import { asksForKindNotBrokenDown } from './kind-not-broken-down.js';

const exclusions =
  'At the end of term 2 there had been 11 permanent exclusions in primary schools and 73 in secondary schools.';

describe('asksForKindNotBrokenDown', () => {
  it('holds a figure of a kind the breakdown does not print unanswered', () => {
    expect(asksForKindNotBrokenDown('how many permanent exclusions were there in special schools?', [exclusions])).toBe(
      true,
    );
  });

  it('lets a kind the breakdown prints answer, and a figure asked of no kind', () => {
    expect(
      asksForKindNotBrokenDown('how many permanent exclusions were there in secondary schools?', [exclusions]),
    ).toBe(false);
    expect(asksForKindNotBrokenDown('how many permanent exclusions were there?', [exclusions])).toBe(false);
  });

  it('needs a breakdown: one other kind printed may be the papers’ word for the one asked', () => {
    const one = 'There were 14 exclusions in academy schools this term.';
    expect(asksForKindNotBrokenDown('how many exclusions in secondary schools?', [one])).toBe(false);
  });

  it('reads a span of time as how long, not a kind the breakdown lacks', () => {
    const fees =
      'Visiting yachts pay £24 a night. The annual berth for a resident dinghy would be £310, the winter berth £95.';
    expect(asksForKindNotBrokenDown('how much will a resident dinghy pay for a year’s berth?', [fees])).toBe(false);
  });

  it('leaves questions that ask for no figure alone', () => {
    expect(asksForKindNotBrokenDown('what is being done about exclusions in special schools?', [exclusions])).toBe(
      false,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { omitsTargetAsked } from './target-not-given.js';

describe('omitsTargetAsked', () => {
  const outturn = ['The share of ferry sailings on time rose from 81% to 86% over the year.'];

  it('finds a target asked for that no quoted line sets', () => {
    expect(omitsTargetAsked('what was the punctuality target for the ferry service', outturn)).toBe(true);
    expect(omitsTargetAsked("what's the ferry target?", outturn)).toBe(true);
    const campaign = ['A targeted campaign ran in the harbour towns, and target hardening kits were fitted.'];
    expect(omitsTargetAsked('what is the target for ferry punctuality', campaign)).toBe(true);
  });

  it('accepts a target, an aim or a sized purpose, and leaves other questions alone', () => {
    expect(omitsTargetAsked('what is the punctuality target', ['86% on time, above the target of 85%.'])).toBe(false);
    expect(
      omitsTargetAsked('what was the ferry recruitment target', [
        'Revise the crewing plan to boost recruitment by a net gain of 6 deckhands each year.',
      ]),
    ).toBe(false);
    expect(omitsTargetAsked('how punctual were the ferries', outturn)).toBe(false);
    expect(omitsTargetAsked('is punctuality within target', outturn)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { testChunk } from '../../../test/support/test-chunk.js';
import { omitsFunderAsked } from './funder-not-printed.js';

describe('omitsFunderAsked', () => {
  const hubs = [
    'The Department for Culture had praised the Quellby hubs and funded two years of a youth worker post.',
    'Clubs across England were invited to the hubs open day.',
  ].map((text) => testChunk({ text }));

  it('finds a funder asked for whose words no one passage prints together', () => {
    expect(omitsFunderAsked('what grant did Quellby get from sport england for the hubs?', hubs, [])).toBe(true);
    expect(omitsFunderAsked('how much funding came from the Harbour Heritage Fund?', hubs, [])).toBe(true);
  });

  it('accepts a passage printing the funder, even with other words between, and leaves other questions alone', () => {
    const fund = [
      testChunk({ text: 'Quellby received £40,000 from the Harbour Coastal Heritage Fund for the slipway.' }),
    ];
    expect(omitsFunderAsked('how much did Quellby get from the harbour heritage fund?', fund, [])).toBe(false);
    expect(omitsFunderAsked('what grant did Quellby get from sport england for the hubs?', hubs.slice(0, 1), [])).toBe(
      true,
    );
    expect(omitsFunderAsked('how much funding has Quellby had since 2031?', hubs, [])).toBe(false);
    expect(omitsFunderAsked('how much funding from april was agreed?', hubs, [])).toBe(false);
    expect(omitsFunderAsked('what did members hear from the sport england officer?', hubs, [])).toBe(false);
  });

  it("reads the body whose papers award the grant as printed: its name is the passage's authority", () => {
    const awards = [
      testChunk({
        text: 'Cowley Row Youth Club\tDetached youth worker\t£48,000\t£36,000',
        minuteTitle: 'Community grants round – autumn 2031',
        headingPath: ['Board of Trustees', '2031-12-06', 'Minute 31/48 — Community grants round – autumn 2031'],
        authority: 'Hartwell Community Foundation',
      }),
    ];
    expect(
      omitsFunderAsked("how much did Cowley Row Youth Club get from the foundation's autumn grants?", awards, []),
    ).toBe(false);
    expect(omitsFunderAsked('how much did Cowley Row Youth Club get from the lottery fund?', awards, [])).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { omitsAreaAsked } from './area-not-named.js';

describe('omitsAreaAsked', () => {
  it('finds a ward or division asked for answered by lines that name none', () => {
    const dates = ['Brook Lane Crossing Scheme – 4th May to 29th June 2031'];
    expect(omitsAreaAsked('which ward is the brook lane crossing scheme in?', dates)).toBe(true);
    expect(omitsAreaAsked('what electoral divisions does the brook lane scheme affect', dates)).toBe(true);
  });

  it('accepts a line naming a ward, a division or the whole borough, and leaves other questions alone', () => {
    const asked = 'which wards does the brook lane crossing scheme affect';
    expect(omitsAreaAsked(asked, ['Wards affected: Millbrook and Tey'])).toBe(false);
    expect(omitsAreaAsked(asked, ['Electoral Division: Tey Valley'])).toBe(false);
    expect(omitsAreaAsked(asked, ['Borough-Wide'])).toBe(false);
    expect(omitsAreaAsked('when does the brook lane crossing consultation end?', ['4th May to 29th June 2031'])).toBe(
      false,
    );
  });

  it("finds a ward said only as a person's name no area", () => {
    const asked = 'which ward has the most allotment waiting lists';
    const welcomed = ['The Chair welcomed Tilda Ward, Head of Allotments, and Cllr Ward to the meeting.'];
    expect(omitsAreaAsked(asked, welcomed)).toBe(true);
    expect(omitsAreaAsked(asked, ['Tilda Ward, Head of Allotments, said Fenwick Ward had the longest list.'])).toBe(
      false,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { facetCondition, facetTokens } from './search-facets.js';

describe('facetTokens', () => {
  it('names the meeting year and month, the committee and the kind', () => {
    expect(facetTokens({ meetingDate: '2024-03-05', committee: 'Health Select Commission', kind: 'minutes' })).toBe(
      'y2024 m2024_03 c_health_select_commission k_minutes',
    );
    expect(facetTokens({ meetingDate: null, committee: 'Cabinet', kind: 'other' })).toBe('c_cabinet k_other');
  });
});

describe('facetCondition', () => {
  it('restricts nothing without date, committee or kind filters', () => {
    expect(facetCondition({})).toBeUndefined();
    expect(facetCondition({ includeExempt: true })).toBeUndefined();
  });

  it('covers a range with the months of its end years and the whole years between', () => {
    expect(facetCondition({ since: '2023-11-15', until: '2025-02-01' })).toBe(
      'facets : ("m2023_11" OR "m2023_12" OR "m2025_01" OR "m2025_02" OR "y2024")',
    );
    expect(facetCondition({ since: '2024-01-01', until: '2024-12-31' })).toBe('facets : ("y2024")');
    expect(facetCondition({ since: '2024-03-05', until: '2024-03-05' })).toBe('facets : ("m2024_03")');
  });

  it('bounds an open-ended range by the years chunks can have', () => {
    const condition = facetCondition({ since: '2199-06-01' })!;
    expect(condition).toContain('"m2199_06"');
    expect(condition).toContain('"y2200"');
    expect(facetCondition({ since: '2025-01-01', until: '2024-01-01' })).toBe('facets : ("m0000_00")');
  });

  it('ANDs committees and kinds', () => {
    expect(facetCondition({ committees: ['Health Select Commission', 'Cabinet'], kinds: ['report'] })).toBe(
      'facets : ("c_health_select_commission" OR "c_cabinet") AND facets : ("k_report")',
    );
  });
});

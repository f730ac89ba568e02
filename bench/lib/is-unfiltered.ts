import type { SearchFilters } from '../../src/store/index-store.js';

/**
 * Whether a recorded search has no filter but the default one (exempt papers left out): the benchmarks report
 * unfiltered and filtered searches apart, since a date window changes the plan.
 */
export function isUnfiltered(filters: SearchFilters | undefined): boolean {
  return (
    !filters?.includeExempt &&
    !filters?.since &&
    !filters?.until &&
    !filters?.committees?.length &&
    !filters?.kinds?.length
  );
}

import type { Part } from '../papers/paper.js';
import type { SearchFilters } from '../store/index-store.js';

/** The search filters applied to a whole part: its committee, and exemption unless the caller may see exempt papers. */
export function isPartVisible(part: Part, filters: SearchFilters = {}): boolean {
  if (part.report?.exempt === true && !filters.includeExempt) return false;
  if (filters.committees?.length && !filters.committees.includes(part.committee)) return false;
  return true;
}

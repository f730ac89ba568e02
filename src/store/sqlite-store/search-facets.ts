import type { SearchFilters } from '../index-store.js';

export interface FacetedChunk {
  meetingDate: string | null;
  committee: string;
  kind: string;
}

/**
 * Tokens for a chunk's meeting year and month, committee and kind, indexed in their own full-text
 * column. A filtered search then asks FTS5 for matches inside the filter (an AND it evaluates by
 * skipping) instead of ranking every match in the index and discarding most of them.
 */
export function facetTokens({ meetingDate, committee, kind }: FacetedChunk): string {
  const date = meetingDate ? [`y${meetingDate.slice(0, 4)}`, monthToken(meetingDate)] : [];
  return [...date, committeeToken(committee), `k_${kind}`].join(' ');
}

/**
 * The FTS5 condition on the facet column that a chunk passing the filters meets; undefined when the
 * filters restrict nothing it indexes. Months at the ends of a date range are whole months: the
 * exact days are for the caller's own filter.
 */
export function facetCondition(filters: SearchFilters = {}): string | undefined {
  const conditions: string[] = [];
  if (filters.since || filters.until) conditions.push(anyOf(periodTokens(filters.since, filters.until)));
  if (filters.committees?.length) conditions.push(anyOf(filters.committees.map(committeeToken)));
  if (filters.kinds?.length) conditions.push(anyOf(filters.kinds.map((kind) => `k_${kind}`)));
  return conditions.length > 0 ? conditions.join(' AND ') : undefined;
}

function anyOf(tokens: string[]): string {
  return `facets : (${tokens.map((token) => `"${token}"`).join(' OR ')})`;
}

// Chunks carry dates within these years; a bound beyond them adds nothing.
const firstYear = 1900;
const lastYear = 2200;

/** Whole years inside the range as year tokens, the months of its first and last years as month tokens. */
function periodTokens(since = `${firstYear}-01-01`, until = `${lastYear}-12-31`): string[] {
  const [fromYear, fromMonth] = [Number(since.slice(0, 4)), Number(since.slice(5, 7))];
  const [toYear, toMonth] = [Number(until.slice(0, 4)), Number(until.slice(5, 7))];
  if (fromYear > toYear || (fromYear === toYear && fromMonth > toMonth)) return ['m0000_00'];
  if (fromYear === toYear) return months(fromYear, fromMonth, toMonth);
  const tokens = [...months(fromYear, fromMonth, 12), ...months(toYear, 1, toMonth)];
  for (let year = Math.max(fromYear + 1, firstYear); year < Math.min(toYear, lastYear + 1); year += 1) {
    tokens.push(`y${year}`);
  }
  return tokens;
}

function months(year: number, from: number, to: number): string[] {
  if (from === 1 && to === 12) return [`y${year}`];
  return Array.from({ length: to - from + 1 }, (_, index) =>
    monthToken(`${year}-${String(from + index).padStart(2, '0')}`),
  );
}

function monthToken(isoDate: string): string {
  return `m${isoDate.slice(0, 4)}_${isoDate.slice(5, 7)}`;
}

function committeeToken(committee: string): string {
  return `c_${committee.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;
}

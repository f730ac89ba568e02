import type { SearchFilters } from '../index-store.js';

export interface ChunkFacts {
  meetingDate: string | null;
  committee: string;
  kind: string;
  exempt: boolean;
}

/** SQL for the filters, applied inside the full-text query rather than after it. */
export function filterClause(filters: SearchFilters = {}): { sql: string; parameters: unknown[] } {
  const conditions: string[] = [];
  const parameters: unknown[] = [];
  if (!filters.includeExempt) conditions.push('c.exempt = 0');
  if (filters.since) {
    conditions.push('c.meeting_date >= ?');
    parameters.push(filters.since);
  }
  if (filters.until) {
    conditions.push('c.meeting_date <= ?');
    parameters.push(filters.until);
  }
  if (filters.committees?.length) {
    conditions.push(`c.committee IN (${filters.committees.map(() => '?').join(',')})`);
    parameters.push(...filters.committees);
  }
  if (filters.kinds?.length) {
    conditions.push(`c.kind IN (${filters.kinds.map(() => '?').join(',')})`);
    parameters.push(...filters.kinds);
  }
  return { sql: conditions.map((condition) => ` AND ${condition}`).join(''), parameters };
}

/** The same filters as a predicate, for the vector graph's search-time filter. */
export function filterPredicate(filters: SearchFilters = {}): (facts: ChunkFacts) => boolean {
  return (facts) =>
    (filters.includeExempt === true || !facts.exempt) &&
    (!filters.since || (facts.meetingDate !== null && facts.meetingDate >= filters.since)) &&
    (!filters.until || (facts.meetingDate !== null && facts.meetingDate <= filters.until)) &&
    (!filters.committees?.length || filters.committees.includes(facts.committee)) &&
    (!filters.kinds?.length || filters.kinds.includes(facts.kind as never));
}

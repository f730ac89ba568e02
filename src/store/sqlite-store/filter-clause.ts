import type { SearchFilters } from '../index-store.js';

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

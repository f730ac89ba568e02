import type { SearchFilters } from '../index-store.js';

/**
 * The filters as SQL conditions on the chunks table aliased `c`, each prefixed " AND ", appending their
 * values to `parameters` (so placeholders continue its numbering). Same semantics as the SQLite store:
 * a chunk with no meeting date fails any date bound; exempt papers are out unless asked for.
 */
export function filterSql(filters: SearchFilters = {}, parameters: unknown[] = []): string {
  const conditions: string[] = [];
  const bind = (value: unknown) => {
    parameters.push(value);
    return `$${parameters.length}`;
  };
  if (!filters.includeExempt) conditions.push('NOT c.exempt');
  if (filters.since) conditions.push(`c.meeting_date >= ${bind(filters.since)}`);
  if (filters.until) conditions.push(`c.meeting_date <= ${bind(filters.until)}`);
  if (filters.committees?.length) conditions.push(`c.committee = ANY(${bind(filters.committees)}::text[])`);
  if (filters.kinds?.length) conditions.push(`c.kind = ANY(${bind(filters.kinds)}::text[])`);
  return conditions.map((condition) => ` AND ${condition}`).join('');
}

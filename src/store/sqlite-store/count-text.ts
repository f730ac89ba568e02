import type Database from 'better-sqlite3';
import type { SearchFilters } from '../index-store.js';
import { filterClause } from './filter-clause.js';
import { createTextQueryPlanner } from './plan-text-query.js';
import { facetCondition } from './search-facets.js';

export type TextCount = (phrases: string[], limit: number, filters?: SearchFilters) => number;

/**
 * How many chunks the text search returns for the same arguments, without BM25: the same match and
 * filters, stopped at `limit` rows. Ranking scores every match in the index (tens of thousands for a
 * common phrase) where a count up to a handful reads the first few.
 */
export function createTextCount(database: Database.Database, postingBudget: number): TextCount {
  const textQuery = createTextQueryPlanner(database, postingBudget);
  return (phrases, limit, filters) => {
    if (limit <= 0) return 0;
    const { whole, candidates } = textQuery.plan(phrases);
    if (whole === '') return 0;
    const { sql, parameters } = filterClause(filters);
    const facets = facetCondition(filters);
    // An unfaceted search returns only its candidates' chunks, however many its commoner terms match.
    const match = facets ? `(${whole}) AND ${facets}` : candidates;
    // Joined to the chunk rows as the search's result is: exact days and exemption are checked there.
    return database
      .prepare(
        `SELECT count(*) FROM (SELECT 1 FROM chunk_search JOIN chunks c ON c.label = chunk_search.rowid
         WHERE chunk_search MATCH ?${sql} LIMIT ?)`,
      )
      .pluck()
      .get(match, ...parameters, limit) as number;
  };
}

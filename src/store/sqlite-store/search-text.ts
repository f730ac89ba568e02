import type Database from 'better-sqlite3';
import type { ScoredChunk, SearchFilters } from '../index-store.js';
import { type ChunkRow, chunkColumns, chunkFromRow } from './chunk-row.js';
import { filterClause } from './filter-clause.js';
import { createTextQueryPlanner } from './plan-text-query.js';
import { facetCondition } from './search-facets.js';

/** BM25 weights of body, pairs and facets: a filter's facet tokens select, they do not score. */
const columnWeights = '1.0, 1.0, 0.0';

export type TextSearch = (phrases: string[], limit: number, filters?: SearchFilters) => ScoredChunk[];

/** FTS5 BM25 search over the chunks, filters inside the index where they can be. */
export function createTextSearch(database: Database.Database, postingBudget: number): TextSearch {
  const textQuery = createTextQueryPlanner(database, postingBudget);
  return (phrases, limit, filters) => {
    const query = textQuery.plan(phrases);
    if (query === '') return [];
    const { sql, parameters } = filterClause(filters);
    // Dates, committees and kinds narrow the match inside FTS5 (the facets column); exact days and
    // exemption are checked on the chunk rows.
    const facets = facetCondition(filters);
    const match = facets ? `(${query}) AND ${facets}` : query;
    // Joining every match reads each one's chunk row, which costs more than ranking them at 100k
    // chunks: rank in the full-text index alone, filter the best few, and join everything only
    // when the filters leave fewer than asked for.
    const best = database
      .prepare(
        `SELECT ${chunkColumns('c')}, r.rank AS rank
         FROM (SELECT rowid AS label, bm25(chunk_search, ${columnWeights}) AS rank FROM chunk_search
               WHERE chunk_search MATCH ? ORDER BY rank LIMIT ?) r
         JOIN chunks c ON c.label = r.label
         WHERE 1 = 1${sql} ORDER BY r.rank LIMIT ?`,
      )
      .all(match, limit * 4, ...parameters, limit) as (ChunkRow & { rank: number })[];
    const rows =
      best.length === limit
        ? best
        : (database
            .prepare(
              `SELECT ${chunkColumns('c')}, bm25(chunk_search, ${columnWeights}) AS rank
               FROM chunk_search JOIN chunks c ON c.label = chunk_search.rowid
               WHERE chunk_search MATCH ?${sql} ORDER BY rank LIMIT ?`,
            )
            .all(match, ...parameters, limit) as (ChunkRow & { rank: number })[]);
    return rows.map((row) => ({ chunk: chunkFromRow(row), score: -row.rank }));
  };
}

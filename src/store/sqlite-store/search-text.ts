import type Database from 'better-sqlite3';
import { LRUCache } from 'lru-cache';
import type { ScoredChunk, SearchFilters } from '../index-store.js';
import { type ChunkRow, chunkColumns, chunkFromRow } from './chunk-row.js';
import { filterClause } from './filter-clause.js';
import { mergeRanked } from './merge-ranked.js';
import { createGeneration } from './meta.js';
import { createTextQueryPlanner, type TextBudget } from './plan-text-query.js';
import { facetCondition } from './search-facets.js';

/** BM25 weights of body, pairs and facets: a filter's facet tokens select, they do not score. */
const columnWeights = '1.0, 1.0, 0.0';

export type TextSearch = (phrases: string[], limit: number, filters?: SearchFilters) => ScoredChunk[];

// Statements kept by their SQL, which varies only with the filters' shape (which of them are set, how
// many committees or kinds): preparing one anew cost some 0.15 ms a search at 100k chunks.
const maxStatements = 64;
/**
 * Searches remembered, as the labels and ranks they found (some 40 of each, well under a kilobyte): the rows
 * are read again by label. Ranking is almost all of a search's time (FTS5 scores every chunk the query
 * matches, about a microsecond each: tens of milliseconds for common words at 100k chunks), and a bot
 * is asked the same things again and again: a question repeated, asked by a second person, or worded
 * alike enough to search alike.
 */
const rememberedSearches = 1024;

type RankedRow = ChunkRow & { label: number; rank: number };
type Ranked = { label: number; rank: number };

const rankSql = `SELECT rowid AS label, bm25(chunk_search, ${columnWeights}) AS rank FROM chunk_search
   WHERE chunk_search MATCH ? ORDER BY rank LIMIT ?`;

export interface TextSearchOptions {
  /** Chunks a search may score (createTextQueryPlanner): its single words' budget, or the whole TextBudget. */
  postingBudget: number | TextBudget;
  /**
   * Keep recent searches' rows until the index's generation moves on (another process's ingest):
   * only for a reader, whose connection sees nothing uncommitted, so the generation marks every change.
   */
  remember?: boolean;
}

/** FTS5 BM25 search over the chunks, filters inside the index where they can be. */
export function createTextSearch(database: Database.Database, options: TextSearchOptions): TextSearch {
  const textQuery = createTextQueryPlanner(database, options.postingBudget);
  const generation = createGeneration(database);
  const remembered = options.remember ? new LRUCache<string, Ranked[]>({ max: rememberedSearches }) : undefined;
  let rememberedAt = -1;
  const rowsByLabel = database.prepare(
    `SELECT c.label AS label, ${chunkColumns('c')} FROM chunks c WHERE c.label IN (SELECT value FROM json_each(?))`,
  );
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string): Database.Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      if (statements.size >= maxStatements) statements.clear();
      statement = database.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  return (phrases, limit, filters) => {
    const { whole, candidates, others } = textQuery.plan(phrases);
    if (whole === '') return [];
    const { sql, parameters } = filterClause(filters);
    // Dates, committees and kinds narrow the match inside FTS5 (the facets column), so a faceted
    // search ranks few chunks and is never split; exact days and exemption are checked on the chunk rows.
    const facets = facetCondition(filters);
    // Split, the candidates are ranked alone and those holding a commoner term ranked with it: each
    // chunk's better rank is the whole expression's score (createTextQueryPlanner).
    const matches = facets
      ? [`(${whole}) AND ${facets}`]
      : others === ''
        ? [candidates]
        : [candidates, `(${candidates}) AND (${others})`];
    const rank = () =>
      matches.length === 1 ? rankRows(sql, matches[0]!, limit, parameters) : rankSplit(sql, matches, limit, parameters);
    const rows = remembered ? recall(JSON.stringify([sql, matches, limit, parameters]), rank) : rank();
    return rows.map((row) => ({ chunk: chunkFromRow(row), score: -row.rank }));
  };

  function recall(key: string, rank: () => RankedRow[]): RankedRow[] {
    const now = generation.current();
    if (now !== rememberedAt) remembered!.clear();
    rememberedAt = now;
    const found = remembered!.get(key);
    if (found) {
      const rows = rowsByLabel.all(JSON.stringify(found.map((hit) => hit.label))) as (ChunkRow & { label: number })[];
      const byLabel = new Map(rows.map((row) => [row.label, row]));
      return found.map((hit) => ({ ...byLabel.get(hit.label)!, rank: hit.rank }));
    }
    const rows = rank();
    remembered!.set(
      key,
      rows.map(({ label, rank }) => ({ label, rank })),
    );
    return rows;
  }

  /**
   * A split search's best rows: each match ranked in the full-text index alone, merged, and the chunk
   * rows of the best few read once (the rest of those ranked when the filters drop some of them); every
   * match's rows joined only when the filters leave too few.
   */
  function rankSplit(sql: string, matches: string[], limit: number, parameters: unknown[]): RankedRow[] {
    const ranked = mergeRanked(
      matches.map((match) => prepared(rankSql).all(match, limit * 4) as Ranked[]),
      limit * 4,
    );
    const first = rowsOf(ranked.slice(0, limit), sql, parameters);
    const best = first.length === limit ? first : rowsOf(ranked, sql, parameters).slice(0, limit);
    if (best.length === limit) return best;
    return mergeRanked(
      matches.map((match) => rankRows(sql, match, limit, parameters)),
      limit,
    );
  }

  /** The chunk rows of these ranked labels that pass the filters, in rank order. */
  function rowsOf(hits: Ranked[], sql: string, parameters: unknown[]): RankedRow[] {
    const rows = prepared(
      `SELECT c.label AS label, ${chunkColumns('c')} FROM chunks c
         WHERE c.label IN (SELECT value FROM json_each(?))${sql}`,
    ).all(JSON.stringify(hits.map((hit) => hit.label)), ...parameters) as (ChunkRow & { label: number })[];
    const byLabel = new Map(rows.map((row) => [row.label, row]));
    return hits.filter((hit) => byLabel.has(hit.label)).map((hit) => ({ ...byLabel.get(hit.label)!, rank: hit.rank }));
  }

  function rankRows(sql: string, match: string, limit: number, parameters: unknown[]): RankedRow[] {
    // Joining every match reads each one's chunk row, which costs more than ranking them at 100k
    // chunks: rank in the full-text index alone, filter the best few, and join everything only
    // when the filters leave fewer than asked for.
    const best = prepared(
      `SELECT c.label AS label, ${chunkColumns('c')}, r.rank AS rank
         FROM (SELECT rowid AS label, bm25(chunk_search, ${columnWeights}) AS rank FROM chunk_search
               WHERE chunk_search MATCH ? ORDER BY rank LIMIT ?) r
         JOIN chunks c ON c.label = r.label
         WHERE 1 = 1${sql} ORDER BY r.rank LIMIT ?`,
    ).all(match, limit * 4, ...parameters, limit) as RankedRow[];
    if (best.length === limit) return best;
    return prepared(
      `SELECT c.label AS label, ${chunkColumns('c')}, bm25(chunk_search, ${columnWeights}) AS rank
         FROM chunk_search JOIN chunks c ON c.label = chunk_search.rowid
         WHERE chunk_search MATCH ?${sql} ORDER BY rank LIMIT ?`,
    ).all(match, ...parameters, limit) as RankedRow[];
  }
}

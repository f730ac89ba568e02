import type pg from 'pg';
import { toSql } from 'pgvector';
import type { Chunk } from '../../core/chunk.js';
import { QuorumError } from '../../core/errors.js';
import type { ScoredChunk, SearchFilters } from '../index-store.js';
import { filterSql } from './filter-sql.js';
import { vectorExpression } from './index-vectors.js';
import { withTransaction } from './with-transaction.js';

// pgvector's largest hnsw.ef_search.
const maxEfSearch = 1000;

/**
 * The settings every pooled connection starts with (the startup options of its connection): the HNSW
 * candidate list, and an iterative scan, so a filtered search keeps walking the graph until enough
 * chunks pass.
 */
export function vectorSessionSettings(efSearch: number): string {
  return `-c hnsw.ef_search=${Math.min(maxEfSearch, Math.max(1, Math.round(efSearch)))} -c hnsw.iterative_scan=relaxed_order`;
}

/**
 * Nearest chunks by cosine similarity, filters inside the search. The HNSW scan is iterative
 * (pgvector 0.8): when the filters reject candidates it keeps walking the graph until it has `limit`
 * that pass, in relaxed order, so the outer query sorts them again. Should it stop short (its tuple
 * budget spent on a very selective filter), an exact scan answers instead.
 */
export async function searchVector(
  pool: pg.Pool,
  dimensions: number,
  efSearch: number,
  vector: number[],
  limit: number,
  filters?: SearchFilters,
): Promise<ScoredChunk[]> {
  if (limit <= 0) return [];
  if (vector.length !== dimensions) {
    throw new QuorumError(
      'embedding_failed',
      `A query vector of ${vector.length} dimensions where the index holds ${dimensions}`,
    );
  }
  const { column, type } = vectorExpression(dimensions);
  const parameters: unknown[] = [toSql(vector), limit];
  const sql = `WITH nearest AS MATERIALIZED (
      SELECT c.label, c.chunk_json, ${column} <=> $1::${type} AS distance
      FROM chunks c
      WHERE true${filterSql(filters, parameters)}
      ORDER BY ${column} <=> $1::${type}
      LIMIT $2)
    SELECT chunk_json, distance FROM nearest ORDER BY distance, label`;
  const ef = Math.min(maxEfSearch, Math.max(Math.round(efSearch), limit));
  type Row = { chunk_json: string; distance: number };
  // Every pooled connection already searches with efSearch (vectorSessionSettings): the common
  // search is one round trip, where a transaction to set it would cost four.
  const first = ef === efSearch ? (await pool.query<Row>(sql, parameters)).rows : undefined;
  const rows =
    first?.length === limit
      ? first
      : await withTransaction(pool, async (client) => {
          await client.query(`SET LOCAL hnsw.ef_search = ${ef}`);
          const found = first ?? (await client.query<Row>(sql, parameters)).rows;
          if (found.length === limit) return found;
          // Fewer than asked for: either that is all the filters allow, or the scan gave up; only an
          // exact scan (HNSW serves index scans alone) can tell, and it is cheap when few chunks match.
          await client.query('SET LOCAL enable_indexscan = off');
          return (await client.query<Row>(sql, parameters)).rows;
        });
  return rows.map((row) => ({ chunk: JSON.parse(row.chunk_json) as Chunk, score: 1 - row.distance }));
}

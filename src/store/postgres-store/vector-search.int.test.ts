import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/support/start-postgres.js';
import type { Chunk } from '../../core/chunk.js';
import type { IndexStore, SearchFilters } from '../index-store.js';
import type { PreparedDocument } from '../prepare-document.js';
import { defaultEfSearch, openPostgresStore } from './open-postgres-store.js';

const dimensions = 64;
const count = 3000;
const perDocument = 300;
const committees = ['Audit', 'Health', 'Planning', 'Schools'];
const databaseUrl = useTestDatabase();

// Deterministic Gaussian vectors: random directions are the hard case for an HNSW graph.
function gaussians(seed: number): () => number {
  let state = seed >>> 0;
  const uniform = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state + 1) / 2 ** 32;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

const next = gaussians(7);
const vectors = Float32Array.from({ length: count * dimensions }, next);
const facts = Array.from({ length: count }, (_, index) => ({
  id: `c${index}`,
  committee: committees[index % committees.length]!,
  meetingDate: `2024-${String(1 + (index % 12)).padStart(2, '0')}-01`,
  exempt: index % 10 === 0,
}));

function document(number: number): PreparedDocument {
  const indexes = Array.from({ length: perDocument }, (_, offset) => number * perDocument + offset);
  return {
    source: `doc${number}.md`,
    sha256: `sha${number}`,
    text: '',
    partsJson: '[]',
    chunks: indexes.map((index) => {
      const fact = facts[index]!;
      const chunk = { ...fact, source: `doc${number}.md`, kind: 'minutes', text: `chunk ${index}`, headingPath: [] };
      return {
        ...fact,
        kind: 'minutes' as const,
        json: JSON.stringify(chunk),
        detailsJson: JSON.stringify({ text: chunk.text, headingPath: chunk.headingPath }),
        searchText: `${fact.committee} budget chunk ${index}${index % 3 === 0 ? ' zebra crossing' : ''}`,
        searchPairs: '',
        stems: [],
      };
    }),
    vectors: vectors.slice(indexes[0]! * dimensions, (indexes.at(-1)! + 1) * dimensions),
  };
}

function allows(filters: SearchFilters, index: number): boolean {
  const fact = facts[index]!;
  return (
    (filters.includeExempt === true || !fact.exempt) &&
    (!filters.since || fact.meetingDate >= filters.since) &&
    (!filters.until || fact.meetingDate <= filters.until) &&
    (!filters.committees?.length || filters.committees.includes(fact.committee))
  );
}

function exactNearest(query: number[], k: number, filters: SearchFilters = {}): string[] {
  const similarity = (index: number) => {
    let dot = 0;
    let norm = 0;
    for (let d = 0; d < dimensions; d += 1) {
      const value = vectors[index * dimensions + d]!;
      dot += value * query[d]!;
      norm += value * value;
    }
    return dot / Math.sqrt(norm);
  };
  return facts
    .map((_, index) => index)
    .filter((index) => allows(filters, index))
    .map((index) => ({ index, similarity: similarity(index) }))
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, k)
    .map(({ index }) => `c${index}`);
}

function recall(found: string[][], exact: string[][]): number {
  const hits = found.reduce((sum, ids, query) => sum + ids.filter((id) => exact[query]!.includes(id)).length, 0);
  return hits / exact.reduce((sum, ids) => sum + ids.length, 0);
}

const queries = Array.from({ length: 50 }, () => Array.from({ length: dimensions }, next));
let store: IndexStore;

beforeAll(async () => {
  store = await openPostgresStore({ url: databaseUrl(), embedder: { name: 'random', dimensions }, create: true });
  for (let number = 0; number < count / perDocument; number += 1) await store.putDocument(document(number), 't');
  // The load went into an empty index: its flush builds the HNSW and full-text indexes.
  await store.flush();
}, 120_000);

afterAll(async () => {
  await store?.close();
});

describe('vector search', () => {
  it(`has recall@10 of at least 0.95 against exact search`, async () => {
    const found = await Promise.all(
      queries.map(async (query) => (await store.searchVector(query, 10)).map((hit) => hit.chunk.id)),
    );
    expect(
      recall(
        found,
        queries.map((query) => exactNearest(query, 10)),
      ),
    ).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps that recall in the HNSW graph itself, when the planner cannot fall back to an exact scan', async () => {
    const client = new pg.Client({ connectionString: databaseUrl() });
    await client.connect();
    try {
      await client.query(`BEGIN; SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off;
        DROP INDEX chunks_facts; DROP INDEX chunks_source; SET LOCAL hnsw.ef_search = ${defaultEfSearch}`);
      const sql = `SELECT id FROM chunks c WHERE NOT c.exempt ORDER BY embedding <=> $1::vector(${dimensions}) LIMIT 10`;
      const plan = await client.query(`EXPLAIN ${sql}`, [JSON.stringify(queries[0])]);
      expect(plan.rows.map((row) => row['QUERY PLAN']).join('\n')).toContain('chunks_embedding');
      const found: string[][] = [];
      for (const query of queries) {
        found.push((await client.query<{ id: string }>(sql, [JSON.stringify(query)])).rows.map((row) => row.id));
      }
      expect(
        recall(
          found,
          queries.map((query) => exactNearest(query, 10)),
        ),
      ).toBeGreaterThanOrEqual(0.95);
    } finally {
      await client.query('ROLLBACK');
      await client.end();
    }
  });

  it('applies filters inside the search, so a filtered search still returns limit results', async () => {
    const filters = { committees: ['Schools'], since: '2024-04-01', until: '2024-09-30' };
    const found: string[][] = [];
    for (const query of queries.slice(0, 20)) {
      const hits = await store.searchVector(query, 10, filters);
      expect(hits).toHaveLength(10);
      for (const hit of hits) expect(allows(filters, Number(hit.chunk.id.slice(1)))).toBe(true);
      expect(hits.map((hit) => hit.score)).toEqual(hits.map((hit) => hit.score).sort((a, b) => b - a));
      found.push(hits.map((hit) => hit.chunk.id));
    }
    const exact = queries.slice(0, 20).map((query) => exactNearest(query, 10, filters));
    expect(recall(found, exact)).toBeGreaterThanOrEqual(0.95);
  });

  it('returns every match when a filter leaves fewer than asked for', async () => {
    const filters = { committees: ['Audit'], since: '2024-01-01', until: '2024-01-01' };
    const matching = facts.filter((_, index) => allows(filters, index)).length;
    expect(matching).toBeLessThan(250);
    const hits = await store.searchVector(queries[0]!, 250, filters);
    expect(hits).toHaveLength(matching);
    expect(hits.map((hit) => hit.chunk.id)).toEqual(exactNearest(queries[0]!, 250, filters));
  });

  it('leaves exempt papers out unless asked for, in both searches', async () => {
    const vectorHits = await store.searchVector(queries[1]!, 50);
    expect(vectorHits.some((hit) => (hit.chunk as Chunk).exempt)).toBe(false);
    const withExempt = await store.searchVector(queries[1]!, 50, { includeExempt: true });
    expect(withExempt.map((hit) => hit.chunk.id)).toEqual(exactNearest(queries[1]!, 50, { includeExempt: true }));
    const textHits = await store.searchText(['zebra crossing'], 500);
    expect(textHits).toHaveLength(500);
    expect(textHits.some((hit) => hit.chunk.exempt)).toBe(false);
    expect((await store.searchText(['zebra crossing'], 2000, { includeExempt: true })).length).toBe(
      facts.filter((_, index) => index % 3 === 0).length,
    );
  });

  it('applies filters inside the full-text search too', async () => {
    const filters = { committees: ['Health'], since: '2024-06-01' };
    const hits = await store.searchText(['zebra crossing'], 25, filters);
    expect(hits).toHaveLength(25);
    for (const hit of hits) expect(allows(filters, Number(hit.chunk.id.slice(1)))).toBe(true);
  });
});

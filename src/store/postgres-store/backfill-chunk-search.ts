import type pg from 'pg';
import type { Chunk } from '../../core/chunk.js';
import { searchableText } from '../searchable-text.js';
import { chunkLexemes } from './chunk-lexemes.js';
import { countPairTokens } from './count-pair-tokens.js';

const batchSize = 1000;

/**
 * Gives the chunks an older schema indexed their chunk_search rows (the lexemes are built here, not
 * in SQL), when the migration that added the table left word to do so, and counts their pair
 * tokens. Run by an ingest's open: until then those chunks are found by vector search alone.
 */
export async function backfillChunkSearch(pool: pg.Pool): Promise<void> {
  const { rows: pending } = await pool.query("SELECT 1 FROM quorum_meta WHERE key = 'backfill_chunk_search'");
  if (pending.length === 0) return;
  let after = '0';
  for (;;) {
    const { rows } = await pool.query<{ label: string; chunk_json: string }>(
      `SELECT c.label, c.chunk_json FROM chunks c
       WHERE c.label > $1 AND NOT EXISTS (SELECT 1 FROM chunk_search s WHERE s.label = c.label)
       ORDER BY c.label LIMIT ${batchSize}`,
      [after],
    );
    if (rows.length === 0) break;
    after = rows.at(-1)!.label;
    await pool.query(
      `INSERT INTO chunk_search (label, meeting_date, committee, kind, exempt, lexemes)
       SELECT c.label, c.meeting_date, c.committee, c.kind, c.exempt, u.lexemes::tsvector
       FROM unnest($1::bigint[], $2::text[]) AS u (label, lexemes) JOIN chunks c USING (label)
       ON CONFLICT (label) DO NOTHING`,
      [
        rows.map((row) => row.label),
        rows.map((row) => chunkLexemes(searchableText(JSON.parse(row.chunk_json) as Chunk)).lexemes),
      ],
    );
  }
  await countPairTokens(pool);
  await pool.query("DELETE FROM quorum_meta WHERE key = 'backfill_chunk_search'");
}

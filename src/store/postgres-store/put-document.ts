import type pg from 'pg';
import { QuorumError } from '../../core/errors.js';
import type { PreparedChunk, PreparedDocument } from '../prepare-document.js';
import { chunkLexemes } from './chunk-lexemes.js';
import { removeChunks } from './remove-chunks.js';
import { updateChunkTerms } from './update-chunk-terms.js';
import { vectorLiteral } from './vector-literal.js';
import { writeCounts } from './write-counts.js';

// Rows per INSERT: bounds one statement's parameters (a 3,072-dimension vector is ~40 KB of text).
const batchSize = 500;

/**
 * Replaces one document, its chunks, their stems' counts and (when it carries them) its glossary
 * entries, inside the caller's transaction.
 */
export async function putDocument(
  client: pg.PoolClient,
  prepared: PreparedDocument,
  ingestedAt: string,
  dimensions: number,
): Promise<void> {
  const { source, chunks, vectors } = prepared;
  if (vectors.length !== chunks.length * dimensions) {
    throw new QuorumError('embedding_failed', `${source}: vectors do not match the index's ${dimensions} dimensions`);
  }
  const removed = await removeChunks(client, source);
  await client.query(
    `INSERT INTO documents (source, sha256, ingested_at, chunk_count, parts_json, text)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (source) DO UPDATE SET sha256 = excluded.sha256, ingested_at = excluded.ingested_at,
       chunk_count = excluded.chunk_count, parts_json = excluded.parts_json, text = excluded.text`,
    [source, prepared.sha256, ingestedAt, chunks.length, prepared.partsJson, prepared.text],
  );
  const added = chunks.map((chunk) => chunk.stems);
  for (let start = 0; start < chunks.length; start += batchSize) {
    const end = Math.min(start + batchSize, chunks.length);
    await insertChunks(client, source, chunks.slice(start, end), added.slice(start, end), (index) =>
      vectorLiteral(vectors.subarray((start + index) * dimensions, (start + index + 1) * dimensions)),
    );
  }
  await updateChunkTerms(client, removed, added);
  if (prepared.glossary) {
    await client.query('DELETE FROM glossary WHERE source = $1', [source]);
    await client.query(
      `INSERT INTO glossary (short, long, source) SELECT short, long, $3 FROM unnest($1::text[], $2::text[]) AS g (short, long)
       ON CONFLICT DO NOTHING`,
      [prepared.glossary.map((entry) => entry.short), prepared.glossary.map((entry) => entry.long), source],
    );
  }
  await writeCounts(client, chunks.length - removed.length);
}

async function insertChunks(
  client: pg.PoolClient,
  source: string,
  chunks: PreparedChunk[],
  stems: string[][],
  vector: (index: number) => string,
): Promise<void> {
  // One statement per batch: unnest turns parallel arrays into rows; WITH ORDINALITY keeps the
  // chunks' order, which their labels (and so listChunks and meetingChunks) follow.
  await client.query(
    `WITH inserted AS (
       INSERT INTO chunks (id, source, meeting_date, committee, kind, exempt, chunk_json, terms, embedding)
       SELECT id, $1, meeting_date, committee, kind, exempt, chunk_json, string_to_array(terms, ' '), embedding::vector
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[], $7::text[], $9::text[], $10::text[])
         WITH ORDINALITY AS u (id, meeting_date, committee, kind, exempt, chunk_json, terms, embedding, ordinal)
       ORDER BY ordinal
       RETURNING label, id, meeting_date, committee, kind, exempt)
     INSERT INTO chunk_search (label, meeting_date, committee, kind, exempt, lexemes)
     SELECT i.label, i.meeting_date, i.committee, i.kind, i.exempt, u.lexemes::tsvector
     FROM inserted i JOIN unnest($2::text[], $8::text[]) AS u (id, lexemes) ON u.id = i.id`,
    [
      source,
      chunks.map((chunk) => chunk.id),
      chunks.map((chunk) => chunk.meetingDate),
      chunks.map((chunk) => chunk.committee),
      chunks.map((chunk) => chunk.kind),
      chunks.map((chunk) => chunk.exempt),
      chunks.map((chunk) => chunk.json),
      chunks.map((chunk) => chunkLexemes(chunk.searchText)),
      // Stems are runs of letters and digits, so a space joins them unambiguously.
      stems.map((terms) => terms.join(' ')),
      chunks.map((_, index) => vector(index)),
    ],
  );
}

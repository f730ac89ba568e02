import type pg from 'pg';
import { QuorumError } from '../../core/errors.js';
import type { PreparedDocument } from '../prepare-document.js';
import { copyIn } from './copy-in.js';
import { removedTermsSql, splitRemovedTerms } from './count-pair-tokens.js';
import { asBuffer, chunkColumns, encodeChunkRows, withLabels } from './encode-chunk-rows.js';
import type { EncodedChunkRows } from './encoded-chunk-rows.js';
import { writeCounts } from './write-counts.js';

/**
 * Replaces one document, its chunks, their terms' counts and (when it carries them) its glossary
 * entries, inside the caller's write transaction, in three statements whatever its size: the old
 * version out and the new document row in (with labels for its chunks), the chunks by COPY, and
 * their full-text rows with the counts. Round trips, not rows, were most of a document's write on
 * a busy machine (about 5 ms each). Returns the distinct pair tokens of each chunk written; with
 * `countAdded` false the chunks' terms (their stems and these) are left for the caller to count (a
 * bulk load's TermTally), though the removed version's terms are still uncounted here.
 */
export async function putDocument(
  client: pg.PoolClient,
  prepared: PreparedDocument,
  ingestedAt: string,
  dimensions: number,
  countAdded: boolean,
): Promise<string[][]> {
  const { source, chunks, vectors, glossary } = prepared;
  if (vectors.length !== chunks.length * dimensions) {
    throw new QuorumError('embedding_failed', `${source}: vectors do not match the index's ${dimensions} dimensions`);
  }
  // Stems are runs of letters and digits, so a space joins a chunk's stems unambiguously.
  const { rows } = await client.query<{ removed: string[] | null; labels: string[] }>(
    `WITH removed AS (DELETE FROM chunks WHERE source = $1 RETURNING label, terms),
     old_glossary AS (DELETE FROM glossary WHERE source = $1 AND $7),
     document AS (
       INSERT INTO documents (source, sha256, ingested_at, chunk_count, parts_json, text)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (source) DO UPDATE SET sha256 = excluded.sha256, ingested_at = excluded.ingested_at,
         chunk_count = excluded.chunk_count, parts_json = excluded.parts_json, text = excluded.text)
     SELECT ${removedTermsSql} AS removed,
       ARRAY(SELECT nextval(pg_get_serial_sequence('chunks', 'label')) FROM generate_series(1, $4)) AS labels`,
    [source, prepared.sha256, ingestedAt, chunks.length, prepared.partsJson, prepared.text, glossary !== undefined],
  );
  const removed = splitRemovedTerms(rows[0]?.removed);
  const labels = (rows[0]?.labels ?? []).map(Number).sort((a, b) => a - b);
  // Encoded here unless the ingest worker did it already.
  const encoded = prepared.postgresRows ?? encodeChunkRows(source, chunks, vectors, dimensions);
  if (chunks.length > 0) await copyChunks(client, encoded, labels);
  const { pairs } = encoded;
  await writeCounts(client, {
    removed,
    added: countAdded ? chunks.map((chunk, index) => [...chunk.stems, ...pairs[index]!]) : [],
    addedChunks: chunks.length,
    search: { labels, lexemes: asBuffer(encoded.lexemes), chunks },
    glossary: glossary && { source, entries: glossary },
  });
  return pairs;
}

/**
 * Writes the chunks by binary COPY, under labels taken from the identity sequence beforehand, so
 * nothing is read back. Their full-text lexemes (encoded beside the rows) go in with writeCounts, from
 * the rows just written (an insert in the statement that ends the write rather than a COPY of its
 * own: a COPY costs two round trips, and under load round trips were most of a write's time).
 */
function copyChunks(client: pg.PoolClient, rows: EncodedChunkRows, labels: number[]): Promise<void> {
  return copyIn(client, `COPY chunks (${chunkColumns}) FROM STDIN (FORMAT binary)`, withLabels(rows, labels));
}

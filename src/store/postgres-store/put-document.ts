import type pg from 'pg';
import { QuorumError } from '../../core/errors.js';
import { chunkJson, type PreparedChunk, type PreparedDocument } from '../prepare-document.js';
import { BinaryCopyRows } from './binary-copy-rows.js';
import { BinaryTsvectorArray } from './binary-tsvector-array.js';
import { preparedChunkLexemes } from './chunk-lexemes.js';
import { copyIn } from './copy-in.js';
import { removedTermsSql, splitRemovedTerms } from './count-pair-tokens.js';
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
  const { lexemes, pairs } =
    chunks.length > 0
      ? await copyChunks(client, source, chunks, labels, vectors, dimensions)
      : { lexemes: new BinaryTsvectorArray().finish(), pairs: [] };
  await writeCounts(client, {
    removed,
    added: countAdded ? chunks.map((chunk, index) => [...chunk.stems, ...pairs[index]!]) : [],
    addedChunks: chunks.length,
    search: { labels, lexemes, chunks },
    glossary: glossary && { source, entries: glossary },
  });
  return pairs;
}

/**
 * Writes the chunks by binary COPY, under labels taken from the identity sequence beforehand, so
 * nothing is read back. Returns the chunks' full-text lexemes (binary), for writeCounts to insert from the
 * rows just written (an insert in the statement that ends the write rather than a COPY of its own:
 * a COPY costs two round trips, and under load round trips were most of a write's time), and its
 * distinct pair tokens.
 */
function copyChunks(
  client: pg.PoolClient,
  source: string,
  chunks: PreparedChunk[],
  labels: number[],
  vectors: Float32Array,
  dimensions: number,
): Promise<{ lexemes: Buffer; pairs: string[][] }> {
  const chunkRows = new BinaryCopyRows();
  const lexemes = new BinaryTsvectorArray();
  const pairs: string[][] = [];
  chunks.forEach((chunk, index) => {
    chunkRows
      .row(10)
      .bigint(labels[index]!)
      .text(chunk.id)
      .text(source)
      .text(chunk.meetingDate)
      .text(chunk.committee)
      .text(chunk.kind)
      .boolean(chunk.exempt)
      .text(chunkJson(chunk, source))
      .textArray(chunk.stems)
      .vector(vectors.subarray(index * dimensions, (index + 1) * dimensions));
    const built = preparedChunkLexemes(chunk);
    lexemes.add(built);
    pairs.push(built.pairs);
  });
  return copyIn(
    client,
    `COPY chunks (label, id, source, meeting_date, committee, kind, exempt, chunk_json, terms, embedding)
     FROM STDIN (FORMAT binary)`,
    chunkRows.finish(),
  ).then(() => ({ lexemes: lexemes.finish(), pairs }));
}

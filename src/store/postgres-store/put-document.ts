import type pg from 'pg';
import { QuorumError } from '../../core/errors.js';
import type { PreparedChunk, PreparedDocument } from '../prepare-document.js';
import { BinaryCopyRows } from './binary-copy-rows.js';
import { chunkLexemes } from './chunk-lexemes.js';
import { copyIn, copyText } from './copy-in.js';
import { removeChunks } from './remove-chunks.js';
import { updateChunkTerms } from './update-chunk-terms.js';
import { writeCounts } from './write-counts.js';

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
  if (chunks.length > 0) await copyChunks(client, source, chunks, vectors, dimensions);
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

/**
 * Writes the chunks and their full-text rows by COPY, labels taken from the identity sequence first
 * so both tables can be written in the chunks' order without reading anything back.
 */
async function copyChunks(
  client: pg.PoolClient,
  source: string,
  chunks: PreparedChunk[],
  vectors: Float32Array,
  dimensions: number,
): Promise<void> {
  const { rows } = await client.query<{ label: string }>(
    `SELECT nextval(pg_get_serial_sequence('chunks', 'label')) AS label FROM generate_series(1, $1)`,
    [chunks.length],
  );
  const labels = rows.map((row) => Number(row.label)).sort((a, b) => a - b);
  const chunkRows = new BinaryCopyRows();
  let searchRows = '';
  chunks.forEach((chunk, index) => {
    const label = labels[index]!;
    chunkRows
      .row(10)
      .bigint(label)
      .text(chunk.id)
      .text(source)
      .text(chunk.meetingDate)
      .text(chunk.committee)
      .text(chunk.kind)
      .boolean(chunk.exempt)
      .text(chunk.json)
      .textArray(chunk.stems)
      .vector(vectors.subarray(index * dimensions, (index + 1) * dimensions));
    const facts = [chunk.meetingDate, chunk.committee, chunk.kind].map(copyText).join('\t');
    searchRows += `${label}\t${facts}\t${chunk.exempt ? 't' : 'f'}\t${copyText(chunkLexemes(chunk.searchText))}\n`;
  });
  await copyIn(
    client,
    `COPY chunks (label, id, source, meeting_date, committee, kind, exempt, chunk_json, terms, embedding)
     FROM STDIN (FORMAT binary)`,
    chunkRows.finish(),
  );
  await copyIn(client, 'COPY chunk_search (label, meeting_date, committee, kind, exempt, lexemes) FROM STDIN', searchRows);
}

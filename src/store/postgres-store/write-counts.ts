import type pg from 'pg';
import type { GlossaryEntry } from '../index-store.js';
import type { PreparedChunk } from '../prepare-document.js';

export interface CountsChange {
  /** Stems of each chunk the write removed, and of each it added. */
  removed: readonly (readonly string[])[];
  added: readonly (readonly string[])[];
  /**
   * Chunks the write added, when their terms are counted elsewhere (a bulk load's TermTally) and
   * `added` is left empty; `added.length` otherwise.
   */
  addedChunks?: number;
  /**
   * Full-text rows of chunks written earlier in the transaction: their lexemes (a binary tsvector[],
   * BinaryTsvectorArray, in the order of the labels) and the facets the filters test, as the chunk
   * rows hold them (sent rather than joined from those rows).
   */
  search?: {
    labels: readonly number[];
    lexemes: Buffer;
    chunks: readonly Pick<PreparedChunk, 'meetingDate' | 'committee' | 'kind' | 'exempt'>[];
  };
  /** Glossary entries of the written document (its old ones already deleted), when it carries them. */
  glossary?: { source: string; entries: readonly GlossaryEntry[] };
}

/**
 * Ends a write in one statement: inserts the full-text rows of the chunks written, applies the
 * per-stem change in chunk counts, adds the document's glossary entries, and moves the chunk count and the generation on. Stems are written in sorted
 * order, so two writers touching the same stems lock them in the same order. Stems that drop to zero
 * stay as rows (documentFrequencies skips them): deleting them would cost a statement per document
 * for rows a later document will likely bring back.
 */
export async function writeCounts(
  client: pg.PoolClient,
  { removed, added, addedChunks = added.length, search, glossary }: CountsChange,
): Promise<void> {
  const delta = new Map<string, number>();
  for (const terms of removed) for (const term of terms) delta.set(term, (delta.get(term) ?? 0) - 1);
  for (const terms of added) for (const term of terms) delta.set(term, (delta.get(term) ?? 0) + 1);
  const changed = [...delta].filter(([, change]) => change !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const entries = glossary?.entries ?? [];
  const searchChunks = search?.chunks ?? [];
  await client.query(
    `WITH terms AS (
       INSERT INTO chunk_terms (term, chunks)
       SELECT term, change FROM unnest($1::text[], $2::int[]) AS t (term, change) ORDER BY term
       ON CONFLICT (term) DO UPDATE SET chunks = chunk_terms.chunks + excluded.chunks),
     glossary AS (
       INSERT INTO glossary (short, long, source)
       SELECT short, long, $5 FROM unnest($3::text[], $4::text[]) AS g (short, long)
       ON CONFLICT DO NOTHING),
     search AS (
       INSERT INTO chunk_search (label, meeting_date, committee, kind, exempt, lexemes)
       SELECT label, meeting_date, committee, kind, exempt, lexemes
       FROM unnest($7::bigint[], $8::tsvector[], $9::text[], $10::text[], $11::text[], $12::boolean[])
         AS s (label, lexemes, meeting_date, committee, kind, exempt))
     UPDATE quorum_counts SET chunk_count = chunk_count + $6, generation = generation + 1`,
    [
      changed.map(([term]) => term),
      changed.map(([, change]) => change),
      entries.map((entry) => entry.short),
      entries.map((entry) => entry.long),
      glossary?.source ?? '',
      addedChunks - removed.length,
      search?.labels ?? [],
      search?.lexemes ?? [],
      searchChunks.map((chunk) => chunk.meetingDate),
      searchChunks.map((chunk) => chunk.committee),
      searchChunks.map((chunk) => chunk.kind),
      searchChunks.map((chunk) => chunk.exempt),
    ],
  );
}

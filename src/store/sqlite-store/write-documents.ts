import type Database from 'better-sqlite3';
import { chunkStems } from '../chunk-stems.js';
import type { PreparedDocument } from '../prepare-document.js';
import { searchableText } from '../searchable-text.js';
import { type ChunkRow, chunkColumns, chunkFromRow } from './chunk-row.js';
import { deflateText } from './deflate-text.js';
import { createChunkTotal, type Generation } from './meta.js';
import { facetTokens } from './search-facets.js';
import type { TermCounts } from './term-counts.js';

// Documents whose term counts are written together (createTermCounts).
const termCountBatch = 256;

export interface DocumentWrites {
  /** Replaces a document's row, chunks, full-text entries and glossary in one transaction: the labels removed and added. */
  replace(prepared: PreparedDocument, ingestedAt: string): { removed: number[]; labels: number[] };
  /** Deletes a document and all it brought in one transaction: the labels removed. */
  remove(source: string): number[];
  /** Milliseconds spent in SQLite writes since opening; fullText is part of sql. */
  readonly timings: { sqlMs: number; fullTextMs: number };
}

/** The SQLite side of writing documents; the vector graph (which alone keeps the vectors) and chunk facts are the caller's to update. */
export function createDocumentWrites(
  database: Database.Database,
  generation: Generation,
  termCounts: TermCounts,
): DocumentWrites {
  const statements = {
    labelsOf: database.prepare(`SELECT c.label AS label, ${chunkColumns('c')} FROM chunks c WHERE c.source = ?`),
    deleteSearch: database.prepare('DELETE FROM chunk_search WHERE rowid = ?'),
    deleteChunks: database.prepare('DELETE FROM chunks WHERE source = ?'),
    deleteDocument: database.prepare('DELETE FROM documents WHERE source = ?'),
    deleteGlossary: database.prepare('DELETE FROM glossary WHERE source = ?'),
    insertDocument: database.prepare(
      'INSERT INTO documents (source, sha256, ingested_at, chunk_count, parts_json, deflated_text) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    insertChunk: database.prepare(
      'INSERT INTO chunks (id, source, meeting_date, committee, kind, exempt, chunk_json) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    insertSearch: database.prepare('INSERT INTO chunk_search (rowid, body, pairs, facets) VALUES (?, ?, ?, ?)'),
    insertGlossary: database.prepare('INSERT OR IGNORE INTO glossary (short, long, source) VALUES (?, ?, ?)'),
  };
  const timings = { sqlMs: 0, fullTextMs: 0 };
  const chunkTotal = createChunkTotal(database);

  function removeChunks(source: string): number[] {
    const rows = statements.labelsOf.all(source) as (ChunkRow & { label: number })[];
    if (rows.length > 0) {
      termCounts.add(
        rows.map((row) => chunkStems(searchableText(chunkFromRow(row)))),
        -1,
      );
    }
    const labels = rows.map((row) => row.label);
    for (const label of labels) statements.deleteSearch.run(label);
    statements.deleteChunks.run(source);
    return labels;
  }

  function finishWrite(): void {
    generation.bump();
    if (termCounts.pendingDocuments >= termCountBatch) termCounts.write(generation.current());
  }

  const replace = database.transaction((prepared: PreparedDocument, ingestedAt: string) => {
    const { source, chunks } = prepared;
    const removed = removeChunks(source);
    statements.deleteDocument.run(source);
    statements.insertDocument.run(
      source,
      prepared.sha256,
      ingestedAt,
      chunks.length,
      prepared.partsJson,
      deflateText(prepared.text),
    );
    const labels = chunks.map((chunk) => {
      const { lastInsertRowid } = statements.insertChunk.run(
        chunk.id,
        source,
        chunk.meetingDate,
        chunk.committee,
        chunk.kind,
        chunk.exempt ? 1 : 0,
        chunk.detailsJson,
      );
      const label = Number(lastInsertRowid);
      const mark = performance.now();
      statements.insertSearch.run(label, chunk.searchText, chunk.searchPairs, facetTokens(chunk));
      timings.fullTextMs += performance.now() - mark;
      return label;
    });
    termCounts.add(
      chunks.map((chunk) => chunk.stems),
      1,
    );
    if (prepared.glossary) {
      statements.deleteGlossary.run(source);
      for (const entry of prepared.glossary) statements.insertGlossary.run(entry.short, entry.long, source);
    }
    chunkTotal.add(labels.length - removed.length);
    finishWrite();
    return { removed, labels };
  });

  const remove = database.transaction((source: string) => {
    const removed = removeChunks(source);
    statements.deleteDocument.run(source);
    statements.deleteGlossary.run(source);
    chunkTotal.add(-removed.length);
    finishWrite();
    return removed;
  });

  return {
    replace(prepared, ingestedAt) {
      const mark = performance.now();
      try {
        return replace(prepared, ingestedAt);
      } finally {
        timings.sqlMs += performance.now() - mark;
      }
    },
    remove,
    timings,
  };
}

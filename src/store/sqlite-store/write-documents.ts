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
  /**
   * Writes the full-text entries of the documents written inside a caller's open transaction
   * (which `replace` and `remove` hold back, see below); before that transaction commits, and
   * before this connection searches the full text.
   */
  writeFullText(): void;
  /** Forgets the held full-text entries: the transaction that wrote their documents rolled back. */
  dropFullText(): void;
  /** Milliseconds spent in SQLite writes since opening; fullText is part of sql. */
  readonly timings: { sqlMs: number; fullTextMs: number };
}

/** A full-text write: a chunk's row (label, body, pairs, facets), or the label of one to delete. */
type FullTextWrite = [number, string, string, string] | number;

/**
 * The SQLite side of writing documents; the vector graph (which alone keeps the vectors) and chunk
 * facts are the caller's to update. Inside a caller's transaction (a write batch) each document's
 * transaction is a savepoint, and FTS5 writes all its pending terms out as a new segment at every
 * savepoint, so a batch became a segment a document, merged over and over: about a third of the
 * writing thread in a profile of a bulk ingest. There the full-text writes are held, in order,
 * until writeFullText, which runs outside any savepoint; labels are never reused, so a held
 * insert and a later delete of the same label cannot be confused with another chunk's.
 */
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
  let heldFullText: FullTextWrite[] = [];

  function writeFullText(writes: FullTextWrite[]): void {
    const mark = performance.now();
    for (const write of writes) {
      if (typeof write === 'number') statements.deleteSearch.run(write);
      else statements.insertSearch.run(...write);
    }
    timings.fullTextMs += performance.now() - mark;
  }

  // better-sqlite3 makes a transaction function a savepoint when called inside an open transaction.
  const transaction = database.transaction((work: () => unknown) => work());

  /** Runs a document's transaction; its full-text writes go in at once, or are held when it is a savepoint. */
  function withFullText<T>(write: (fullText: FullTextWrite[]) => T): T {
    const fullText: FullTextWrite[] = [];
    if (!database.inTransaction) {
      return transaction(() => {
        const result = write(fullText);
        writeFullText(fullText);
        return result;
      }) as T;
    }
    const result = transaction(() => write(fullText)) as T;
    // Held only once the savepoint is released: a document that fails leaves nothing behind.
    for (const entry of fullText) heldFullText.push(entry);
    return result;
  }

  function removeChunks(source: string, fullText: FullTextWrite[]): number[] {
    const rows = statements.labelsOf.all(source) as (ChunkRow & { label: number })[];
    if (rows.length > 0) {
      termCounts.add(
        rows.map((row) => chunkStems(searchableText(chunkFromRow(row)))),
        -1,
      );
    }
    const labels = rows.map((row) => row.label);
    for (const label of labels) fullText.push(label);
    statements.deleteChunks.run(source);
    return labels;
  }

  function finishWrite(): void {
    generation.bump();
    if (termCounts.pendingDocuments >= termCountBatch) termCounts.write(generation.current());
  }

  const replace = (prepared: PreparedDocument, ingestedAt: string, fullText: FullTextWrite[]) => {
    const { source, chunks } = prepared;
    const removed = removeChunks(source, fullText);
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
      fullText.push([label, chunk.searchText, chunk.searchPairs, facetTokens(chunk)]);
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
  };

  const remove = (source: string, fullText: FullTextWrite[]) => {
    const removed = removeChunks(source, fullText);
    statements.deleteDocument.run(source);
    statements.deleteGlossary.run(source);
    chunkTotal.add(-removed.length);
    finishWrite();
    return removed;
  };

  return {
    replace(prepared, ingestedAt) {
      const mark = performance.now();
      try {
        return withFullText((fullText) => replace(prepared, ingestedAt, fullText));
      } finally {
        timings.sqlMs += performance.now() - mark;
      }
    },
    remove(source) {
      return withFullText((fullText) => remove(source, fullText));
    },
    writeFullText() {
      const mark = performance.now();
      const held = heldFullText;
      heldFullText = [];
      writeFullText(held);
      timings.sqlMs += performance.now() - mark;
    },
    dropFullText() {
      heldFullText = [];
    },
    timings,
  };
}

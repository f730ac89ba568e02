import type Database from 'better-sqlite3';
import type { Chunk } from '../../core/chunk.js';
import type { IndexStore } from '../index-store.js';
import { type DocumentRow, toDocumentRecord } from '../to-document-record.js';
import { inflateText } from './deflate-text.js';
import { filterClause } from './filter-clause.js';

type Reads = Pick<
  IndexStore,
  | 'getDocument'
  | 'listDocuments'
  | 'getDocumentText'
  | 'listParts'
  | 'getChunk'
  | 'meetingChunks'
  | 'listChunks'
  | 'chunkCount'
  | 'latestMeetingDate'
  | 'committees'
  | 'glossary'
>;

/** The store's reads of documents, chunks and what they list (searches and term counts apart). */
export function createIndexReads(database: Database.Database): Reads {
  const statements = {
    getDocument: database.prepare(
      'SELECT source, sha256, ingested_at, chunk_count, parts_json FROM documents WHERE source = ?',
    ),
    listDocuments: database.prepare(
      'SELECT source, sha256, ingested_at, chunk_count, parts_json FROM documents ORDER BY source',
    ),
    documentText: database.prepare('SELECT deflated_text FROM documents WHERE source = ?').pluck(),
    chunkById: database.prepare('SELECT chunk_json FROM chunks WHERE id = ?'),
    chunksOf: database.prepare('SELECT chunk_json FROM chunks WHERE source = ? ORDER BY label'),
    count: database.prepare('SELECT COUNT(*) AS count FROM chunks'),
    dataVersion: database.prepare('PRAGMA data_version').pluck(),
    ownChanges: database.prepare('SELECT total_changes()').pluck(),
    committees: database.prepare('SELECT DISTINCT committee FROM chunks ORDER BY committee'),
    latestMeeting: database.prepare('SELECT MAX(meeting_date) AS date FROM chunks WHERE meeting_date <= ?'),
    glossary: database.prepare('SELECT DISTINCT short, long FROM glossary'),
  };
  let counted: { version: string; count: number } | undefined;
  const listDocuments = () => (statements.listDocuments.all() as DocumentRow[]).map(toDocumentRecord);
  const chunks = (rows: { chunk_json: string }[]) => rows.map((row) => JSON.parse(row.chunk_json) as Chunk);

  return {
    async getDocument(source) {
      const row = statements.getDocument.get(source) as DocumentRow | undefined;
      return row ? toDocumentRecord(row) : undefined;
    },
    async listDocuments() {
      return listDocuments();
    },
    async getDocumentText(source) {
      const deflated = statements.documentText.get(source) as Buffer | undefined;
      return deflated && inflateText(deflated);
    },
    async listParts() {
      return listDocuments().flatMap((document) =>
        document.parts.map((part, partIndex) => ({
          source: document.source,
          ingestedAt: document.ingestedAt,
          partIndex,
          part,
        })),
      );
    },
    async getChunk(id) {
      const row = statements.chunkById.get(id) as { chunk_json: string } | undefined;
      return row ? (JSON.parse(row.chunk_json) as Chunk) : undefined;
    },
    async meetingChunks(meetingDate, filters) {
      const { sql, parameters } = filterClause(filters);
      return chunks(
        database
          .prepare(`SELECT c.chunk_json AS chunk_json FROM chunks c WHERE c.meeting_date = ?${sql} ORDER BY c.label`)
          .all(meetingDate, ...parameters) as { chunk_json: string }[],
      );
    },
    async listChunks(source) {
      return chunks(statements.chunksOf.all(source) as { chunk_json: string }[]);
    },
    async chunkCount() {
      // Asked once per query term (IDF); recounted only after a write, here (total_changes) or by
      // another connection (data_version).
      const version = `${statements.dataVersion.get()}:${statements.ownChanges.get()}`;
      if (counted?.version !== version)
        counted = { version, count: (statements.count.get() as { count: number }).count };
      return counted.count;
    },
    async latestMeetingDate(onOrBefore) {
      return (statements.latestMeeting.get(onOrBefore) as { date: string | null }).date ?? undefined;
    },
    async committees() {
      return (statements.committees.all() as { committee: string }[]).map((row) => row.committee);
    },
    async glossary() {
      return statements.glossary.all() as { short: string; long: string }[];
    },
  };
}

import type Database from 'better-sqlite3';
import type { IndexStore } from '../index-store.js';
import { type DocumentRow, toDocumentRecord } from '../to-document-record.js';
import { type ChunkRow, chunkColumns, chunkFromRow } from './chunk-row.js';
import { inflateText } from './deflate-text.js';
import { filterClause } from './filter-clause.js';
import { createChunkTotal } from './meta.js';

type Reads = Pick<
  IndexStore,
  | 'getDocument'
  | 'listDocuments'
  | 'getDocumentText'
  | 'listParts'
  | 'getChunk'
  | 'getChunks'
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
    chunkById: database.prepare(`SELECT ${chunkColumns('c')} FROM chunks c WHERE c.id = ?`),
    chunksOf: database.prepare(`SELECT ${chunkColumns('c')} FROM chunks c WHERE c.source = ? ORDER BY c.label`),
    firstCommittee: database.prepare('SELECT MIN(committee) FROM chunks').pluck(),
    nextCommittee: database.prepare('SELECT MIN(committee) FROM chunks WHERE committee > ?').pluck(),
    latestMeeting: database.prepare('SELECT MAX(meeting_date) AS date FROM chunks WHERE meeting_date <= ?'),
    firstEntry: database.prepare('SELECT short, long FROM glossary ORDER BY short, long LIMIT 1').raw(),
    nextEntry: database
      .prepare('SELECT short, long FROM glossary WHERE (short, long) > (?, ?) ORDER BY short, long LIMIT 1')
      .raw(),
  };
  const chunkTotal = createChunkTotal(database);
  const listDocuments = () => (statements.listDocuments.all() as DocumentRow[]).map(toDocumentRecord);
  const chunks = (rows: ChunkRow[]) => rows.map(chunkFromRow);

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
      const row = statements.chunkById.get(id) as ChunkRow | undefined;
      return row ? chunkFromRow(row) : undefined;
    },
    async getChunks(ids) {
      return ids.flatMap((id) => {
        const row = statements.chunkById.get(id) as ChunkRow | undefined;
        return row ? [chunkFromRow(row)] : [];
      });
    },
    async meetingChunks(meetingDate, filters) {
      const { sql, parameters } = filterClause(filters);
      return chunks(
        database
          .prepare(`SELECT ${chunkColumns('c')} FROM chunks c WHERE c.meeting_date = ?${sql} ORDER BY c.label`)
          .all(meetingDate, ...parameters) as ChunkRow[],
      );
    },
    async listChunks(source) {
      return chunks(statements.chunksOf.all(source) as ChunkRow[]);
    },
    async chunkCount() {
      return chunkTotal.current();
    },
    async latestMeetingDate(onOrBefore) {
      return (statements.latestMeeting.get(onOrBefore) as { date: string | null }).date ?? undefined;
    },
    async committees() {
      // One index seek per committee rather than a scan of every chunk (an archive has dozens).
      const committees: string[] = [];
      let committee = statements.firstCommittee.get() as string | null;
      while (committee !== null) {
        committees.push(committee);
        committee = statements.nextCommittee.get(committee) as string | null;
      }
      return committees;
    },
    async glossary() {
      // Each entry is mined from many papers: one seek per distinct entry, not a scan of them all.
      const entries: { short: string; long: string }[] = [];
      let entry = statements.firstEntry.get() as [string, string] | undefined;
      while (entry) {
        entries.push({ short: entry[0], long: entry[1] });
        entry = statements.nextEntry.get(...entry) as [string, string] | undefined;
      }
      return entries;
    },
  };
}

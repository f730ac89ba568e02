import type { Part } from '../core/paper.js';
import type { DocumentRecord } from './index-store.js';

/** A documents row as both stores keep it: the parsed parts as JSON. */
export interface DocumentRow {
  source: string;
  sha256: string;
  ingested_at: string;
  chunk_count: number;
  parts_json: string;
}

export function toDocumentRecord(row: DocumentRow): DocumentRecord {
  const parts = JSON.parse(row.parts_json) as Part[];
  // The URL rides in the parts JSON both stores already keep, so neither schema changes for it.
  const url = parts.find((part) => part.url !== undefined)?.url;
  return {
    source: row.source,
    sha256: row.sha256,
    ingestedAt: row.ingested_at,
    chunkCount: Number(row.chunk_count),
    parts,
    ...(url === undefined ? {} : { url }),
  };
}

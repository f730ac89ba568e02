import type { Chunk } from '../../core/chunk.js';
import type { PartKind } from '../../core/paper.js';

/** The chunk row's columns a chunk is read back from, for `SELECT ${chunkColumns('c')} FROM chunks c`. */
export function chunkColumns(table: string): string {
  return ['id', 'source', 'meeting_date', 'committee', 'kind', 'exempt', 'chunk_json']
    .map((column) => `${table}.${column} AS ${column}`)
    .join(', ');
}

export interface ChunkRow {
  id: string;
  source: string;
  meeting_date: string | null;
  committee: string;
  kind: PartKind;
  exempt: number;
  chunk_json: string;
}

/**
 * A chunk as stored: its columns and the JSON of its other fields (PreparedChunk's detailsJson). Rows written before the JSON left
 * the column fields out hold them twice, the same values, so either reads back the same chunk.
 */
export function chunkFromRow(row: ChunkRow): Chunk {
  return {
    id: row.id,
    source: row.source,
    meetingDate: row.meeting_date,
    committee: row.committee,
    kind: row.kind,
    exempt: row.exempt === 1,
    ...(JSON.parse(row.chunk_json) as Omit<Chunk, 'id' | 'source' | 'meetingDate' | 'committee' | 'kind' | 'exempt'>),
  };
}

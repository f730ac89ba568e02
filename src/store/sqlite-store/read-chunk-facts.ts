import type Database from 'better-sqlite3';
import { type ChunkFactTable, createChunkFactTable } from './chunk-fact-table.js';

/** Every chunk's filterable facts by label, for the vector graph's search-time filter (read from a covering index). */
export function readChunkFacts(database: Database.Database): ChunkFactTable {
  const table = createChunkFactTable();
  const rows = database
    .prepare('SELECT label, meeting_date, committee, kind, exempt FROM chunks')
    .raw()
    .iterate() as Iterable<[number, string | null, string, string, number]>;
  for (const [label, meetingDate, committee, kind, exempt] of rows) {
    table.set(label, { meetingDate, committee, kind, exempt: exempt === 1 });
  }
  return table;
}

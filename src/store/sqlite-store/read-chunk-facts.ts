import type Database from 'better-sqlite3';
import type { ChunkFacts } from './filter-clause.js';

/** Every chunk's filterable facts by label, for the vector graph's search-time filter (read from a covering index). */
export function readChunkFacts(database: Database.Database): Map<number, ChunkFacts> {
  const facts = new Map<number, ChunkFacts>();
  const rows = database.prepare('SELECT label, meeting_date, committee, kind, exempt FROM chunks').raw().all() as [
    number,
    string | null,
    string,
    string,
    number,
  ][];
  for (const [label, meetingDate, committee, kind, exempt] of rows) {
    facts.set(label, { meetingDate, committee, kind, exempt: exempt === 1 });
  }
  return facts;
}

import type Database from 'better-sqlite3';
import { chunkSearchFields } from '../prepare-document.js';
import { type ChunkRow, chunkColumns, chunkFromRow } from './chunk-row.js';
import type { Generation } from './meta.js';
import { facetTokens } from './search-facets.js';
import type { TermCounts } from './term-counts.js';

const batchSize = 1000;

/**
 * Builds every stored chunk's full-text row and the term counts again with this Quorum's text
 * analyser, from the chunk rows themselves (the papers need not be read again), in one transaction:
 * what a writer does to an index another analyser built. The generation moves on, so readers drop
 * what they derived from the old stems (term frequencies, phrase counts).
 */
export function reindexChunks(database: Database.Database, termCounts: TermCounts, generation: Generation): void {
  const page = database.prepare(
    `SELECT c.label AS label, ${chunkColumns('c')} FROM chunks c WHERE c.label > ? ORDER BY c.label LIMIT ${batchSize}`,
  );
  const insert = database.prepare('INSERT INTO chunk_search (rowid, body, pairs, facets) VALUES (?, ?, ?, ?)');
  database.transaction(() => {
    // The table is contentless: its old terms cannot be read back to delete row by row, nor need be.
    database.exec("INSERT INTO chunk_search (chunk_search) VALUES ('delete-all')");
    for (let after = 0; ; ) {
      const rows = page.all(after) as (ChunkRow & { label: number })[];
      if (rows.length === 0) break;
      for (const row of rows) {
        const chunk = chunkFromRow(row);
        const { searchText, searchPairs } = chunkSearchFields(chunk);
        insert.run(row.label, searchText, searchPairs, facetTokens(chunk));
      }
      after = rows.at(-1)!.label;
    }
    generation.bump();
    termCounts.rebuild(generation.current());
  })();
}

import type Database from 'better-sqlite3';

// 4: vectors live in the graph file only (no vector column); labels are never reused; texts deflated.
export const schemaVersion = 4;

/** The database file in the data directory. */
export const databaseFile = 'quorum.sqlite';

export function createSchema(database: Database.Database): void {
  database.exec(`
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS documents (
      source TEXT PRIMARY KEY,
      sha256 TEXT NOT NULL,
      ingested_at TEXT NOT NULL,
      chunk_count INTEGER NOT NULL,
      parts_json TEXT NOT NULL,
      deflated_text BLOB NOT NULL -- deflateText
    );
    -- A chunk's vector is kept once, in the graph file under its label (vector-index.ts).
    -- AUTOINCREMENT: a label is never given to another chunk, so a graph saved before a crash can
    -- tell which of its vectors still belong to a chunk (repairStaleGraph).
    CREATE TABLE IF NOT EXISTS chunks (
      label INTEGER PRIMARY KEY AUTOINCREMENT,
      id TEXT NOT NULL UNIQUE,
      source TEXT NOT NULL REFERENCES documents(source) ON DELETE CASCADE,
      meeting_date TEXT,
      committee TEXT NOT NULL,
      kind TEXT NOT NULL,
      exempt INTEGER NOT NULL,
      chunk_json TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS chunks_source ON chunks(source);
    -- Covers the facts loaded on the first vector search, the latest meeting and, by its leading
    -- column, a meeting's chunks: scanning the chunk rows themselves (text and JSON) takes over a
    -- second at 100k chunks.
    CREATE INDEX IF NOT EXISTS chunks_facts ON chunks(meeting_date, committee, kind, exempt);
    -- The committee list, by skipping from one committee to the next (read-index.ts): a scan of
    -- every chunk's facts took over a second at 1M chunks, on every bot start.
    CREATE INDEX IF NOT EXISTS chunks_committee ON chunks(committee);
    -- Contentless: the chunk rows already hold the text, and a second copy is a fifth of all ingest writes.
    -- pairs holds adjacent word pairs as single tokens (word-pairs.ts); '_' joins them. facets holds
    -- the meeting year and month, committee and kind as tokens (search-facets.ts), for filtered searches.
    CREATE VIRTUAL TABLE IF NOT EXISTS chunk_search USING fts5(
      body, pairs, facets, content = '', contentless_delete = 1,
      tokenize = "porter unicode61 remove_diacritics 2 tokenchars '_'"
    );
    -- How many chunks hold each stem (chunkStems), kept with every write: FTS5's own vocabulary
    -- table counts a term by reading its whole posting list, milliseconds for a common word at 100k.
    CREATE TABLE IF NOT EXISTS term_counts (term TEXT PRIMARY KEY, chunks INTEGER NOT NULL) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS glossary (
      short TEXT NOT NULL,
      long TEXT NOT NULL,
      source TEXT NOT NULL,
      PRIMARY KEY (short, long, source)
    );
  `);
}

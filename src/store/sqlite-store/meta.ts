import type Database from 'better-sqlite3';

export function readMeta(database: Database.Database, key: string): string | undefined {
  return (database.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}

export interface Generation {
  /** The database's write generation: one more for every document written or removed. */
  current(): number;
  /** Moves it on by one (inside the write's transaction). */
  bump(): void;
}

export interface ChunkTotal {
  /** How many chunks the index holds, kept with every write: counting them scans every chunk. */
  current(): number;
  /** Adds (or, negative, takes away) chunks, inside the write's transaction. */
  add(chunks: number): void;
}

export function createChunkTotal(database: Database.Database): ChunkTotal {
  const read = database.prepare("SELECT value FROM meta WHERE key = 'chunk_total'").pluck();
  const write = database.prepare(
    "INSERT INTO meta (key, value) VALUES ('chunk_total', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
  );
  const current = () => Number((read.get() as string | undefined) ?? '0');
  return {
    current,
    add(chunks) {
      if (chunks !== 0) write.run(String(current() + chunks));
    },
  };
}

/** The write generation that derived data (term counts, the vector graph) is stamped against. */
export function createGeneration(database: Database.Database): Generation {
  const read = database.prepare("SELECT value FROM meta WHERE key = 'generation'").pluck();
  const write = database.prepare(
    "INSERT INTO meta (key, value) VALUES ('generation', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
  );
  const current = () => Number((read.get() as string | undefined) ?? '0');
  return {
    current,
    bump() {
      write.run(String(current() + 1));
    },
  };
}

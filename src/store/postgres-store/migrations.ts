/**
 * The schema as an ordered list of steps; a database records the last one it ran (quorum_meta's
 * schema_version) and runs the rest on open. Append only: a step that has shipped is never edited.
 *
 * Text columns that are sorted or compared (sources, committees, ISO dates) use the C collation, so
 * their order is byte order as in the SQLite store, whatever the server's default locale.
 */
export const migrations: readonly string[] = [
  `
  CREATE TABLE documents (
    source text COLLATE "C" PRIMARY KEY,
    sha256 text NOT NULL,
    ingested_at text NOT NULL,
    chunk_count integer NOT NULL,
    parts_json text NOT NULL,
    text text NOT NULL
  );
  CREATE TABLE chunks (
    label bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id text NOT NULL UNIQUE,
    source text COLLATE "C" NOT NULL REFERENCES documents (source) ON DELETE CASCADE,
    meeting_date text COLLATE "C",
    committee text COLLATE "C" NOT NULL,
    kind text COLLATE "C" NOT NULL,
    exempt boolean NOT NULL,
    chunk_json text NOT NULL,
    search tsvector NOT NULL,
    -- The chunk's distinct stems, so removing it can decrement chunk_terms without re-deriving them.
    terms text[] NOT NULL,
    -- Typed vector(d) and indexed once the manifest fixes d (index-vectors.ts).
    embedding vector NOT NULL
  );
  CREATE INDEX chunks_source ON chunks (source, label);
  CREATE INDEX chunks_facts ON chunks (meeting_date, committee, kind, exempt);
  CREATE INDEX chunks_search ON chunks USING gin (search);
  CREATE TABLE chunk_terms (term text COLLATE "C" PRIMARY KEY, chunks integer NOT NULL);
  CREATE TABLE glossary (
    short text COLLATE "C" NOT NULL,
    long text COLLATE "C" NOT NULL,
    source text COLLATE "C" NOT NULL,
    PRIMARY KEY (short, long, source)
  );
  CREATE INDEX glossary_source ON glossary (source);
  -- One row, updated in every write transaction: an O(1) chunk count, and a generation that tells a
  -- reader the index changed. Writers lock it first, so concurrent writers queue rather than deadlock.
  CREATE TABLE quorum_counts (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    chunk_count bigint NOT NULL,
    generation bigint NOT NULL
  );
  INSERT INTO quorum_counts (chunk_count, generation) VALUES (0, 0);
  `,
];

export const schemaVersion = migrations.length;

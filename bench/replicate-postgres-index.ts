// Turns a PostgreSQL index (one `npm run bench -- --postgres --keep` left) into a stand-in for one N
// times its size, in minutes where ingesting that size takes half an hour idle and hours on a busy
// machine: every document, chunk and full-text row is copied N - 1 times in SQL, each copy under new
// labels, ids and sources with its meeting dates moved past the previous copy's, and its vector moved
// slightly so the HNSW graph is not full of exact duplicates. Term counts and the chunk total are
// multiplied, then both search indexes are built again and the tables analysed. The copies share the
// original's vocabulary, so every posting list is N times as long: a worst case for full text beside a
// real archive of that size, whose rarer terms stay rare. `npm run bench:postgres-text` times it.
import pg from 'pg';
import { buildSearchIndexes } from '../src/store/postgres-store/search-indexes.js';
import { parseBenchArguments, positiveOption, progress } from './lib/bench-arguments.js';

const usage = `Usage: npm run bench:replicate-postgres -- --database-url URL [--copies 10] [--jitter 0.01]
Copies every chunk of the database at URL so it holds --copies times as many (in place: the copy is
the database itself); --jitter is the largest change to a vector's component, relative to its length.`;

const values = parseBenchArguments(
  {
    'database-url': { type: 'string' },
    copies: { type: 'string', default: '10' },
    jitter: { type: 'string', default: '0.01' },
  },
  usage,
);
const url = values['database-url'];
if (!url) throw new Error(`--database-url is required. ${usage}`);
const copies = positiveOption('copies', values.copies, usage);
const jitter = Number(values.jitter);
if (!(jitter >= 0)) throw new Error(`--jitter must be a number ≥ 0. ${usage}`);

const pool = new pg.Pool({ connectionString: url, max: 3 });
try {
  const { rows } = await pool.query<{ stride: string; days: number; dimensions: number; replicated: boolean }>(
    `SELECT (SELECT max(label) + 1 FROM chunks) AS stride,
       (SELECT max(meeting_date)::date - min(meeting_date)::date + 7 FROM chunks) AS days,
       (SELECT vector_dims(embedding) FROM chunks LIMIT 1) AS dimensions,
       EXISTS (SELECT 1 FROM quorum_meta WHERE key = 'replicated') AS replicated`,
  );
  const { stride, days, dimensions, replicated } = rows[0]!;
  if (replicated) throw new Error('This database is already a replicated stand-in');
  await pool.query('DROP INDEX IF EXISTS chunks_embedding');
  await pool.query('DROP INDEX IF EXISTS chunk_search_lexemes');
  for (let copy = 1; copy < copies; copy += 1) {
    const started = performance.now();
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL synchronous_commit = off');
      // $1 the copy, $2 the label stride, $3 the days a copy's dates move, $4 the vector jitter.
      const parameters = [copy, stride, days * copy, jitter];
      await client.query(
        `INSERT INTO documents (source, sha256, ingested_at, chunk_count, parts_json, text)
         SELECT source || '#copy' || $1::int, sha256, ingested_at, chunk_count, parts_json, text
         FROM documents WHERE source NOT LIKE '%#copy%'`,
        [copy],
      );
      await client.query(
        `INSERT INTO chunks (label, id, source, meeting_date, committee, kind, exempt, chunk_json, terms, embedding)
         SELECT c.label + $1::int * $2::bigint, c.id || '-copy' || $1::int, c.source || '#copy' || $1::int,
           moved.date, c.committee, c.kind, c.exempt,
           jsonb_set(jsonb_set(jsonb_set(c.chunk_json::jsonb, '{id}', to_jsonb(c.id || '-copy' || $1::int)),
             '{source}', to_jsonb(c.source || '#copy' || $1::int)), '{meetingDate}', coalesce(to_jsonb(moved.date), 'null'))::text,
           c.terms,
           (SELECT array_agg(x + (random() - 0.5) * 2 * $4::float8 * norm ORDER BY n)
            FROM unnest(c.embedding::real[]) WITH ORDINALITY AS e (x, n),
              (SELECT sqrt(sum(y * y)) / sqrt(${dimensions}) AS norm FROM unnest(c.embedding::real[]) AS y) AS length
           )::vector(${dimensions})
         FROM chunks c, LATERAL (SELECT (c.meeting_date::date + $3::int)::text AS date) AS moved
         WHERE c.label < $2::bigint`,
        parameters.slice(0, 4),
      );
      await client.query(
        `INSERT INTO chunk_search (label, meeting_date, committee, kind, exempt, lexemes)
         SELECT s.label + $1::int * $2::bigint, (s.meeting_date::date + $3::int)::text, s.committee, s.kind, s.exempt, s.lexemes
         FROM chunk_search s WHERE s.label < $2::bigint`,
        parameters.slice(0, 3),
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
    progress(`copy ${copy + 1} of ${copies} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  await pool.query(`UPDATE chunk_terms SET chunks = chunks * $1::int`, [copies]);
  await pool.query(`UPDATE quorum_counts SET chunk_count = (SELECT count(*) FROM chunks), generation = generation + 1`);
  await pool.query(`SELECT setval(pg_get_serial_sequence('chunks', 'label'), (SELECT max(label) FROM chunks))`);
  await pool.query(`INSERT INTO quorum_meta (key, value) VALUES ('replicated', $1)`, [String(copies)]);
  let started = performance.now();
  await buildSearchIndexes(pool, dimensions, 2048);
  progress(`search indexes built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  // ANALYZE only: a VACUUM of the copies (no dead rows, only visibility bits to set) took longer than the
  // index builds at 1M on a busy machine.
  started = performance.now();
  await pool.query('ANALYZE');
  progress(`analysed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await pool.end();
}

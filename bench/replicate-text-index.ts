// Builds a full-text-only copy of an embedded index with every chunk repeated N times: the postings a
// search ranks, and the term counts and chunk total its planner reads, as an index of N times the
// chunks would hold them, in minutes where ingesting that index takes an hour or more on a busy
// machine. Only the full-text search can run on it (no chunk rows, no vectors): `bench:text-plans
// --replay` times query planners there.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { chunkSearchFields } from '../src/store/prepare-document.js';
import { type ChunkRow, chunkColumns, chunkFromRow } from '../src/store/sqlite-store/chunk-row.js';
import { createSchema, databaseFile } from '../src/store/sqlite-store/schema.js';
import { facetTokens } from '../src/store/sqlite-store/search-facets.js';
import { parseBenchArguments, positiveOption, progress } from './lib/bench-arguments.js';

const usage = `Usage: npm run bench:replicate-text -- --from DIR --to DIR [--copies 10]
Writes DIR/${databaseFile} (--to) holding the full-text index, term counts and chunk total of the
embedded index in --from with every chunk --copies times (a copy's row ids follow the last one's).`;

const values = parseBenchArguments(
  { from: { type: 'string' }, to: { type: 'string' }, copies: { type: 'string', default: '10' } },
  usage,
);
if (!values.from || !values.to) throw new Error(`--from and --to are required. ${usage}`);
const copies = positiveOption('copies', values.copies, usage);

const source = new Database(join(values.from, databaseFile), { readonly: true, fileMustExist: true });
mkdirSync(values.to, { recursive: true });
const target = new Database(join(values.to, databaseFile));
target.pragma('journal_mode = WAL');
target.pragma('synchronous = OFF');
createSchema(target);
target.exec(`INSERT INTO chunk_search (chunk_search, rank) VALUES ('hashsize', ${64 * 2 ** 20})`);

const rows = (
  source.prepare(`SELECT c.label AS label, ${chunkColumns('c')} FROM chunks c`).all() as (ChunkRow & {
    label: number;
  })[]
).map((row) => {
  const chunk = chunkFromRow(row);
  const { searchText: body, searchPairs: pairs } = chunkSearchFields(chunk);
  return {
    label: row.label,
    body,
    pairs,
    facets: facetTokens(chunk),
  };
});
const stride = Math.max(...rows.map((row) => row.label)) + 1;
const insert = target.prepare('INSERT INTO chunk_search (rowid, body, pairs, facets) VALUES (?, ?, ?, ?)');
for (let copy = 0; copy < copies; copy += 1) {
  target.transaction(() => {
    for (const row of rows) insert.run(row.label + copy * stride, row.body, row.pairs, row.facets);
  })();
  progress(`copy ${copy + 1} of ${copies}: ${rows.length} chunks`);
}
target.transaction(() => {
  const putMeta = target.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
  for (const { key, value } of source.prepare('SELECT key, value FROM meta').all() as {
    key: string;
    value: string;
  }[]) {
    putMeta.run(key, key === 'chunk_total' ? String(Number(value) * copies) : value);
  }
  const putCount = target.prepare('INSERT INTO term_counts (term, chunks) VALUES (?, ?)');
  for (const { term, chunks } of source.prepare('SELECT term, chunks FROM term_counts').all() as {
    term: string;
    chunks: number;
  }[]) {
    putCount.run(term, chunks * copies);
  }
})();
target.exec("INSERT INTO chunk_search (chunk_search) VALUES ('optimize')");
target.pragma('wal_checkpoint(TRUNCATE)');
target.close();
source.close();
progress(`wrote ${rows.length * copies} chunks to ${join(values.to, databaseFile)}`);

import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../src/core/logger.js';
import { localEmbedder as embedder } from '../../test/support/local-embedder.js';
import { shiftDates } from '../../test/support/shift-dates.js';
import { type IngestSummary, ingestPaths } from './ingest-paths.js';

const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url));
const fixture = (name: string): string => fileURLToPath(new URL(`../../test/fixtures/${name}`, import.meta.url));

let scratch: string;
let papers: string;
let inputs: string[];

function ingest(dataDir: string, workers: boolean): Promise<IngestSummary> {
  return ingestPaths({
    paths: inputs,
    location: { dataDir },
    embedder,
    chunking: { size: 1200, overlap: 150 },
    logger: createSilentLogger(),
    workers,
  });
}

/** Everything the index holds, row by row: what the two ways of ingesting must agree on. */
function contents(dataDir: string): Record<string, unknown[]> {
  const database = new Database(join(dataDir, 'quorum.sqlite'), { readonly: true });
  try {
    const all = (sql: string) => database.prepare(sql).raw().all();
    return {
      documents: all('SELECT source, sha256, chunk_count, parts_json, deflated_text FROM documents ORDER BY source'),
      chunks: all('SELECT * FROM chunks ORDER BY label'),
      glossary: all('SELECT * FROM glossary ORDER BY short, long, source'),
      terms: all('SELECT term, chunks FROM term_counts ORDER BY term'),
      // Tokens per column of each full-text row: the same text went into the same rows.
      fullText: all('SELECT * FROM chunk_search_docsize ORDER BY id'),
      generation: all("SELECT value FROM meta WHERE key = 'generation'"),
    };
  } finally {
    database.close();
  }
}

function comparable(summary: IngestSummary): Omit<IngestSummary, 'seconds' | 'stageMs' | 'workers'> {
  const { seconds: _seconds, stageMs: _stageMs, workers: _workers, ...rest } = summary;
  return rest;
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'quorum-workers-'));
  papers = join(scratch, 'papers');
  // Three copies of the corpus, a week apart, so the workers have a dozen papers to prepare.
  for (const copy of [0, 1, 2]) {
    await mkdir(join(papers, `copy-${copy}`), { recursive: true });
    for (const name of await readdir(corpus)) {
      const text = await readFile(join(corpus, name), 'utf8');
      await writeFile(join(papers, `copy-${copy}`, name), shiftDates(text, 7 * copy));
    }
  }
  const duplicate = join(scratch, 'duplicate.txt');
  await cp(join(papers, 'copy-1', (await readdir(corpus))[0]!), duplicate);
  const bad = ['notes.docx', 'empty.md', 'binary.txt', 'latin1.txt', 'corrupt.pdf'].map(fixture);
  inputs = [papers, duplicate, ...bad, fixture('minutes-sample.pdf'), fixture('minutes-sample.html')];
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('ingestPaths with worker threads', () => {
  it('builds exactly the index that ingesting in one thread builds, with the same summary', async () => {
    const inOneThread = join(scratch, 'one-thread');
    const withWorkers = join(scratch, 'workers');
    const expected = await ingest(inOneThread, false);
    const summary = await ingest(withWorkers, true);
    expect(summary.workers).toBe(true);
    expect(comparable(summary)).toEqual(comparable(expected));
    expect(summary.added).toHaveLength(14);
    expect(summary.failed.map((failure) => failure.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/duplicate\.txt: same content as .*copy-1/)]),
    );
    expect(summary.failed).toHaveLength(6);
    expect(summary.stageMs.embed).toBeGreaterThan(0);
    expect(summary.stageMs.vector).toBeGreaterThan(0);
    expect(contents(withWorkers)).toEqual(contents(inOneThread));
    const graph = (dataDir: string) => readFile(join(dataDir, 'vectors.hnsw'));
    expect((await graph(withWorkers)).equals(await graph(inOneThread))).toBe(true);
  });

  it('skips every unchanged paper before preparing it, and replaces a changed one', async () => {
    const dataDir = join(scratch, 'workers');
    const changed = join(papers, 'copy-2', (await readdir(corpus))[1]!);
    await writeFile(
      changed,
      `${await readFile(changed, 'utf8')}\n\n99. ZEBRA CROSSINGS\n\nZebra crossings were reviewed.\n`,
    );
    const summary = await ingest(dataDir, true);
    expect(summary.updated).toEqual([changed]);
    expect(summary.unchanged).toHaveLength(13);
    expect(summary.stageMs.parseAndChunk).toBeGreaterThan(0);
    const again = await ingest(dataDir, true);
    expect(again.unchanged).toHaveLength(14);
    expect(again).toMatchObject({ added: [], updated: [], chunks: 0 });
    expect(again.stageMs.embed).toBe(0);
  });
});

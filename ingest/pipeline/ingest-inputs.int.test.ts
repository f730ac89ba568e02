import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isQuorumError } from '../../src/core/errors.js';
import { createSilentLogger } from '../../src/core/logger.js';
import { openSqliteStore } from '../../src/store/sqlite-store/open-sqlite-store.js';
import { localEmbedder as embedder } from '../../test/support/local-embedder.js';
import { parishMinutesDocx, truncatedDocx } from '../../test/support/word-documents.js';
import { ingestPaths } from './ingest-paths.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../test/fixtures/${name}`, import.meta.url));
const corpusPaper = fileURLToPath(new URL('../../corpus/002_9be5cb5516d64b0d.txt', import.meta.url));

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'quorum-inputs-'));
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

function ingest(paths: string[], options: { into?: string; onProgress?: (event: { done: number }) => void } = {}) {
  return ingestPaths({
    paths,
    location: { dataDir: options.into ?? dataDir },
    onProgress: options.onProgress,
    embedder,
    chunking: { size: 1200, overlap: 150 },
    logger: createSilentLogger(),
  });
}

describe('ingestPaths with inputs it cannot use', () => {
  it('fails each bad file with one line naming it, while the good files ingest', async () => {
    const word = join(dataDir, 'papers');
    await mkdir(word);
    await writeFile(join(word, 'minutes.docx'), await parishMinutesDocx());
    await writeFile(join(word, 'cut-off.docx'), await truncatedDocx());
    const bad = [
      ...['notes.docx', 'empty.md', 'binary.txt', 'latin1.txt', 'corrupt.pdf', 'image-only.pdf'].map(fixture),
      join(word, 'cut-off.docx'),
    ];
    const missing = fixture('no-such-paper.md');
    const summary = await ingest([
      corpusPaper,
      ...bad,
      missing,
      fixture('minutes-sample.html'),
      join(word, 'minutes.docx'),
    ]);
    expect(summary.added).toHaveLength(3);
    const nameOf = (path: string): string => path.split('/').at(-1)!;
    expect(summary.failed.map((failure) => nameOf(failure.source)).sort()).toEqual(
      [...bad, missing].map(nameOf).sort(),
    );
    for (const { source, message } of summary.failed) {
      expect(message).toMatch(new RegExp(`^\\S*${nameOf(source).replace('.', '\\.')}: `));
      expect(message).not.toContain('\n');
    }
    const reasons = Object.fromEntries(summary.failed.map((failure) => [nameOf(failure.source), failure.message]));
    expect(reasons['no-such-paper.md']).toMatch(/no such file/);
    expect(reasons['notes.docx']).toMatch(/damaged Word document/);
    expect(reasons['cut-off.docx']).toMatch(/damaged Word document/);
    expect(reasons['empty.md']).toMatch(/whitespace/);
    expect(reasons['binary.txt']).toMatch(/binary/);
    expect(reasons['latin1.txt']).toMatch(/UTF-8/);
    expect(reasons['corrupt.pdf']).toMatch(/damaged PDF/);
    expect(reasons['image-only.pdf']).toMatch(/no text layer/);
  });

  it('indexes a PDF with a scanned page among its text pages, and says which page it left out', async () => {
    const scanned = fixture('held-out-pdfs-3/wenlow-parish-minutes.pdf');
    const summary = await ingest([scanned]);
    expect(summary.added).toEqual([expect.stringMatching(/wenlow-parish-minutes\.pdf$/)]);
    expect(summary.failed).toEqual([]);
    expect(summary.notes.map((note) => note.message)).toEqual([
      `${scanned}: page 2 has no text layer and is not indexed (a scanned page needs OCR first)`,
    ]);
  });

  it('leaves an existing index loadable and unchanged when a later run only has bad files', async () => {
    await ingest([corpusPaper]);
    const before = openSqliteStore({ dataDir, embedder });
    const count = await before.chunkCount();
    await before.close();
    const summary = await ingest([fixture('corrupt.pdf'), fixture('binary.txt')]);
    expect(summary.failed).toHaveLength(2);
    const after = openSqliteStore({ dataDir, embedder });
    expect(await after.chunkCount()).toBe(count);
    expect(await after.searchText(['safeguarding'], 3)).toHaveLength(3);
    await after.close();
  });
});

describe('ingestPaths with PDF and HTML minutes', () => {
  it.each([
    ['minutes-sample.pdf', '2023-03-14', ['12', '13'], 'Okafor'],
    ['minutes-sample.html', '2023-05-09', ['21', '22'], 'Nadeem'],
  ])('reads %s into dated minutes with items, resolutions and attendance', async (name, date, items, attendee) => {
    const summary = await ingest([fixture(name)]);
    expect(summary.failed).toEqual([]);
    const store = openSqliteStore({ dataDir, embedder });
    const [stored] = await store.listParts();
    expect(stored!.part).toMatchObject({
      kind: 'minutes',
      meetingDate: date,
      committee: 'Improving Lives Select Commission',
    });
    const minutes = stored!.part.minutes!;
    expect(minutes.items.map((item) => item.number)).toEqual(items);
    expect(minutes.items[0]!.resolutions.map((resolution) => resolution.text)[0]).toBe('That the report be noted.');
    expect(minutes.items[0]!.resolutions.length).toBe(2);
    expect(minutes.present.map((person) => person.name)).toContain(attendee);
    const resolved = (await store.listChunks(stored!.source)).find((chunk) => chunk.section === 'Resolved');
    expect(resolved!.headingPath[2]).toMatch(new RegExp(`^Minute ${items[0]} — `));
    await store.close();
  });
});

describe('ingestPaths run twice at once', () => {
  it('refuses the second ingest on the same data directory with index_locked', async () => {
    const results = await Promise.allSettled([ingest([corpusPaper]), ingest([corpusPaper])]);
    const refused = results.filter((result) => result.status === 'rejected');
    expect(refused).toHaveLength(1);
    const reason = (refused[0] as PromiseRejectedResult).reason;
    expect(isQuorumError(reason, 'index_locked')).toBe(true);
    expect(reason.message).toContain(dataDir);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const again = await ingest([corpusPaper]);
    expect(again.unchanged).toHaveLength(1);
  });
});

/** Everything an index holds but ingest times: documents, chunks, full-text rows, term counts, glossary. */
function contentsOf(directory: string): unknown {
  const database = new Database(join(directory, 'quorum.sqlite'), { readonly: true });
  try {
    const all = (sql: string) => database.prepare(sql).raw().all();
    return {
      documents: all('SELECT source, sha256, chunk_count, parts_json, deflated_text FROM documents ORDER BY source'),
      chunks: all('SELECT id, source, meeting_date, committee, kind, exempt, chunk_json FROM chunks ORDER BY id'),
      fullText: all("SELECT COUNT(*) FROM chunk_search WHERE chunk_search MATCH 'council OR report OR the'"),
      termCounts: all('SELECT term, chunks FROM term_counts WHERE chunks != 0 ORDER BY term'),
      glossary: all('SELECT short, long, source FROM glossary ORDER BY 1, 2, 3'),
    };
  } finally {
    database.close();
  }
}

describe('a second ingest started while the first is writing', () => {
  it('is refused within a second, touching nothing: the index is exactly what one ingest builds', async () => {
    // Twelve distinct papers (each bundled one with a line of its own), so the first run takes a while.
    const folder = join(dataDir, 'papers');
    await mkdir(folder);
    const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url));
    const originals = readdirSync(corpus).map((name) => readFileSync(join(corpus, name), 'utf8'));
    for (let copy = 0; copy < 3; copy += 1) {
      for (const [index, text] of originals.entries()) {
        await writeFile(join(folder, `paper-${copy}-${index}.txt`), `${text}\n\nCopy ${copy} of paper ${index}.\n`);
      }
    }
    const index = join(dataDir, 'index');
    let refusal: Promise<number> | undefined;
    const first = ingest([folder], {
      into: index,
      onProgress: ({ done }) => {
        if (done !== 3) return;
        const started = performance.now();
        refusal = ingest([folder], { into: index }).then(
          () => Number.POSITIVE_INFINITY,
          (error: unknown) => (isQuorumError(error, 'index_locked') ? performance.now() - started : Number.NaN),
        );
      },
    });
    const summary = await first;
    expect(summary.failed).toEqual([]);
    expect(summary.added).toHaveLength(12);
    expect(await refusal).toBeLessThan(1000);
    const reference = join(dataDir, 'reference');
    await ingest([folder], { into: reference });
    expect(contentsOf(index)).toEqual(contentsOf(reference));
  }, 120_000);
});

import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../src/core/logger.js';
import { localEmbedder as embedder } from '../../test/support/local-embedder.js';
import { ingestPaths } from './ingest-paths.js';

const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url));
let scratch: string;
let papers: string;
let paperName: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'quorum-ingest-limits-'));
  papers = join(scratch, 'papers');
  await mkdir(papers);
  paperName = (await readdir(corpus)).filter((name) => name.endsWith('.txt')).sort()[0] as string;
  await copyFile(join(corpus, paperName), join(papers, paperName));
  await symlink('/dev/zero', join(papers, 'zero.txt'));
  execFileSync('mkfifo', [join(papers, 'pipe.txt')]);
  await writeFile(join(papers, 'huge.txt'), 'The committee noted the report. '.repeat(200_000));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('ingest limits', () => {
  it('refuses a device link, a named pipe and an oversized file with one line each and ingests the rest', async () => {
    const started = performance.now();
    const summary = await ingestPaths({
      paths: [papers],
      location: { dataDir: join(scratch, 'data') },
      embedder,
      chunking: { size: 1200, overlap: 150 },
      limits: { maxFileBytes: 2 * 2 ** 20, maxTextBytes: 2 ** 30, maxChunksPerDocument: 100_000 },
      logger: createSilentLogger(),
    });
    expect(summary.added).toHaveLength(1);
    expect(summary.added[0]).toContain(paperName);
    const messages = summary.failed.map((failure) => failure.message).sort();
    expect(messages).toEqual([
      expect.stringMatching(/huge\.txt: file is 6\.1 MB, over the 2\.0 MB limit \(INGEST_MAX_FILE_MB\)$/),
      expect.stringMatching(/pipe\.txt: not a regular file \(a named pipe\)$/),
      expect.stringMatching(/zero\.txt: not a regular file \(a device\)$/),
    ]);
    for (const message of messages) expect(message).not.toContain('\n');
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it('refuses a document that would become more chunks than allowed', async () => {
    const summary = await ingestPaths({
      paths: [join(papers, paperName)],
      location: { dataDir: join(scratch, 'data-chunks') },
      embedder,
      chunking: { size: 1200, overlap: 150 },
      limits: { maxFileBytes: 2 ** 30, maxTextBytes: 2 ** 30, maxChunksPerDocument: 3 },
      logger: createSilentLogger(),
    });
    expect(summary.added).toEqual([]);
    expect(summary.failed).toEqual([
      {
        source: expect.stringContaining(paperName),
        message: expect.stringMatching(
          /: \d+ chunks, over the limit of 3 a document \(INGEST_MAX_CHUNKS_PER_DOCUMENT\)$/,
        ),
      },
    ]);
  });
});

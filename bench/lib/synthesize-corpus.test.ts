import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { benchCommittees } from './bench-committees.js';
import { synthesizeCorpus } from './synthesize-corpus.js';

const scratch = await mkdtemp(join(tmpdir(), 'synthesize-corpus-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

const corpusDirs = [join(import.meta.dirname, '../../corpus')];
const chunking = { size: 1000, overlap: 200 };

async function digests(directory: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const copy of await readdir(directory)) {
    for (const name of await readdir(join(directory, copy))) {
      const text = await readFile(join(directory, copy, name));
      found.set(createHash('sha256').update(text).digest('hex'), `${copy}/${name}`);
    }
  }
  return found;
}

describe('synthesizeCorpus', () => {
  it('continues an earlier corpus from its next copy, repeating none of its papers', async () => {
    const first = join(scratch, 'first');
    const written = await synthesizeCorpus({
      corpusDirs,
      targetDir: first,
      chunks: 1,
      chunking,
      committees: benchCommittees,
      seed: 1,
    });
    expect(written.copies).toBe(1);
    const later = join(scratch, 'later');
    await synthesizeCorpus({
      corpusDirs,
      targetDir: later,
      chunks: 1,
      chunking,
      committees: benchCommittees,
      seed: 2,
      firstCopy: 1,
    });
    expect(await readdir(later)).toEqual(['copy-00001']);
    const loaded = await digests(first);
    const repeated = [...(await digests(later)).keys()].filter((digest) => loaded.has(digest));
    expect(repeated).toEqual([]);
  });
});

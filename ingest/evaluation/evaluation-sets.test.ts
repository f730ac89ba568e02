import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadManifest, pairSets } from './evaluation-sets.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'quorum-eval-sets-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('pairSets', () => {
  it('pairs each question set with the corpus in the same position', () => {
    expect(pairSets(['a/q1.jsonl', 'b/q2.jsonl'], ['a/papers', 'b/papers'], 'corpus')).toEqual([
      { name: 'q1.jsonl', questions: 'a/q1.jsonl', corpus: 'a/papers' },
      { name: 'q2.jsonl', questions: 'b/q2.jsonl', corpus: 'b/papers' },
    ]);
  });

  it('lets one corpus, or the configured one, serve every set', () => {
    expect(pairSets(['q1.jsonl', 'q2.jsonl'], ['papers'], 'corpus').map((set) => set.corpus)).toEqual([
      'papers',
      'papers',
    ]);
    expect(pairSets(['q1.jsonl'], [], 'corpus')[0]!.corpus).toBe('corpus');
  });

  it('refuses a count of corpora that pairs with nothing', () => {
    expect(() => pairSets(['q1.jsonl', 'q2.jsonl', 'q3.jsonl'], ['a', 'b'], 'corpus')).toThrow(
      /--corpus given 2 times/,
    );
  });
});

describe('loadManifest', () => {
  it('reads sets with paths relative to the manifest', async () => {
    const path = join(root, 'sets.json');
    await writeFile(path, JSON.stringify({ sets: [{ name: 'councils', questions: 'q.jsonl', corpus: '../papers' }] }));
    expect(await loadManifest(path)).toEqual([
      { name: 'councils', questions: join(root, 'q.jsonl'), corpus: join(root, '..', 'papers') },
    ]);
  });

  it('names the file and field of a bad manifest in one line', async () => {
    const path = join(root, 'bad.json');
    await writeFile(path, JSON.stringify({ sets: [{ questions: 'q.jsonl' }] }));
    await expect(loadManifest(path)).rejects.toThrow(/bad\.json: field sets\.0\.corpus/);
    await writeFile(path, '{not json');
    await expect(loadManifest(path)).rejects.toThrow(/bad\.json: not JSON/);
  });
});

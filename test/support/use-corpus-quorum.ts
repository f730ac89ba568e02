import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createSilentLogger } from '../../src/core/logger.js';
import { openQuorum, type Quorum } from '../../src/open-quorum.js';
import { buildCorpusIndex, type CorpusIndex } from './build-corpus-index.js';

/** Registers hooks that build the bundled corpus index and open Quorum over it for the whole file. */
export function useCorpusQuorum(): () => Quorum {
  return useQuorumOver(async () => ['corpus']);
}

/**
 * The same over invented papers given as text by file name: they are written to a folder of their own and
 * ingested as any papers are, so a test exercises the real parse, index and retrieval.
 */
export function useInventedPapersQuorum(papers: Record<string, string>): () => Quorum {
  let folder: string | undefined;
  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });
  return useQuorumOver(async () => {
    folder = await mkdtemp(join(tmpdir(), 'quorum-invented-papers-'));
    for (const [name, text] of Object.entries(papers)) await writeFile(join(folder, name), text);
    return [folder];
  });
}

function useQuorumOver(paths: () => Promise<string[]>): () => Quorum {
  let index: CorpusIndex | undefined;
  let quorum: Quorum | undefined;
  beforeAll(async () => {
    index = await buildCorpusIndex({ paths: await paths() });
    quorum = await openQuorum({ config: index.config, logger: createSilentLogger() });
  });
  afterAll(async () => {
    await quorum?.close();
    await index?.cleanup();
  });
  return () => {
    if (!quorum) throw new Error('the Quorum is only open inside tests');
    return quorum;
  };
}

import { afterAll, beforeAll } from 'vitest';
import { createSilentLogger } from '../../src/core/logger.js';
import { openQuorum, type Quorum } from '../../src/open-quorum.js';
import { buildCorpusIndex, type CorpusIndex } from './build-corpus-index.js';

/** Registers hooks that build the bundled corpus index and open Quorum over it for the whole file. */
export function useCorpusQuorum(): () => Quorum {
  let index: CorpusIndex | undefined;
  let quorum: Quorum | undefined;
  beforeAll(async () => {
    index = await buildCorpusIndex();
    quorum = await openQuorum({ config: index.config, logger: createSilentLogger() });
  });
  afterAll(async () => {
    await quorum?.close();
    await index?.cleanup();
  });
  return () => {
    if (!quorum) throw new Error('the corpus Quorum is only open inside tests');
    return quorum;
  };
}

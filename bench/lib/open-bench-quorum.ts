import { createSilentLogger } from '../../src/core/logger.js';
import { openQuorum, type Quorum } from '../../src/open-quorum.js';
import type { IndexLocation } from '../../src/store/open-index-store.js';

/** Opens an index as the bot does (store, retriever, extractive answerer; local embedder), timed. */
export async function openBenchQuorum(location: IndexLocation): Promise<{ quorum: Quorum; openMs: number }> {
  const started = performance.now();
  const quorum = await openQuorum({
    config: { dataDir: location.dataDir, databaseUrl: location.databaseUrl, embedder: 'local', openai: undefined },
    logger: createSilentLogger(),
  });
  return { quorum, openMs: performance.now() - started };
}

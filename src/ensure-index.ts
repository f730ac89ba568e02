import { ingestPaths } from '../ingest/ingest-paths.js';
import type { Config } from './config.js';
import { createEmbeddings } from './embeddings/create-embeddings.js';
import { probeEmbeddingDimensions } from './embeddings/probe-embedding-dimensions.js';
import type { Logger } from './logger.js';
import { describeLocation, indexExists } from './store/open-index-store.js';

/** On a fresh clone there is no index yet: build one from the bundled corpus. Returns true when it did. */
export async function ensureIndex(
  config: Pick<Config, 'dataDir' | 'databaseUrl' | 'corpusDir' | 'embedder' | 'openai' | 'chunking'>,
  logger: Logger,
  notice: (message: string) => void,
): Promise<boolean> {
  const embedder = createEmbeddings(config);
  if (await indexExists(config, embedder)) return false;
  notice(`No index at ${describeLocation(config)} yet: building it from the bundled corpus (${config.corpusDir})…`);
  const dimensions = embedder.dimensions ?? (await probeEmbeddingDimensions(embedder.embeddings));
  await ingestPaths({
    paths: [config.corpusDir],
    location: config,
    embedder: { ...embedder, dimensions },
    chunking: config.chunking,
    logger,
  });
  return true;
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ingestPaths } from '../ingest/ingest-paths.js';
import type { Config } from './config.js';
import { createEmbeddings } from './embeddings/create-embeddings.js';
import { probeEmbeddingDimensions } from './embeddings/probe-embedding-dimensions.js';
import type { Logger } from './logger.js';

/** On a fresh clone there is no index yet: build one from the bundled corpus. Returns true when it did. */
export async function ensureIndex(
  config: Pick<Config, 'dataDir' | 'corpusDir' | 'embedder' | 'openai' | 'chunking'>,
  logger: Logger,
  notice: (message: string) => void,
): Promise<boolean> {
  if (existsSync(join(config.dataDir, 'quorum.sqlite'))) return false;
  notice(`No index at ${config.dataDir} yet: building it from the bundled corpus (${config.corpusDir})…`);
  const embedder = createEmbeddings(config);
  const dimensions = embedder.dimensions ?? (await probeEmbeddingDimensions(embedder.embeddings));
  await ingestPaths({
    paths: [config.corpusDir],
    dataDir: config.dataDir,
    embedder: { ...embedder, dimensions },
    chunking: config.chunking,
    logger,
  });
  return true;
}

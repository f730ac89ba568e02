import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type IngestSummary, ingestPaths } from '../../ingest/pipeline/ingest-paths.js';
import { type Config, loadConfig } from '../../src/config.js';
import { createSilentLogger } from '../../src/core/logger.js';
import { localEmbedder as embedder } from './local-embedder.js';

export interface CorpusIndex {
  dataDir: string;
  /** A complete config over the index (local embedder, silent logs); spread it to override parts. */
  config: Config;
  /** Ingests more papers into the same index, e.g. to simulate a later ingest with another clock. */
  ingest(paths: string[], now?: () => Date): Promise<IngestSummary>;
  cleanup(): Promise<void>;
}

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A throw-away index of the given papers (the bundled corpus by default), built with the local embedder. */
export async function buildCorpusIndex({
  paths = ['corpus'],
  now,
}: {
  paths?: string[];
  now?: () => Date;
} = {}): Promise<CorpusIndex> {
  const dataDir = await mkdtemp(join(tmpdir(), 'quorum-corpus-'));
  const config = loadConfig({ QUORUM_DATA_DIR: dataDir, QUORUM_EMBEDDER: 'local', LOG_LEVEL: 'silent' });
  const ingest = async (inputs: string[], clock?: () => Date): Promise<IngestSummary> => {
    const summary = await ingestPaths({
      paths: inputs.map((path) => (isAbsolute(path) ? path : resolve(repositoryRoot, path))),
      location: { dataDir },
      embedder,
      chunking: { size: 1200, overlap: 150 },
      logger: createSilentLogger(),
      now: clock,
    });
    if (summary.failed.length > 0) throw new Error(`ingest failed: ${JSON.stringify(summary.failed)}`);
    return summary;
  };
  try {
    await ingest(paths, now);
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  return { dataDir, config, ingest, cleanup: () => rm(dataDir, { recursive: true, force: true }) };
}

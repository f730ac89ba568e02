import { ingestPaths } from '../../ingest/pipeline/ingest-paths.js';
import { createSilentLogger } from '../../src/core/logger.js';
import { LocalHashEmbeddings, localEmbedderName } from '../../src/embeddings/local-hash-embeddings.js';
import type { IndexLocation } from '../../src/store/open-index-store.js';

export interface IngestFigures {
  files: number;
  failed: number;
  megabytes: number;
  chunks: number;
  seconds: number;
  cpuSeconds: number;
  megabytesPerSecond: number;
  chunksPerSecond: number;
  workers: boolean;
}

/** Ingests a directory of papers with the local embedder into a fresh index, as `npm run ingest` would. */
export async function ingestForBench(
  directory: string,
  location: IndexLocation,
  chunking: { size: number; overlap: number },
  onProgress: (message: string) => void,
): Promise<IngestFigures> {
  const embeddings = new LocalHashEmbeddings();
  let reported = 0;
  const cpuBefore = process.cpuUsage();
  const summary = await ingestPaths({
    paths: [directory],
    location,
    embedder: { embeddings, name: localEmbedderName, dimensions: embeddings.dimensions },
    chunking,
    logger: createSilentLogger(),
    onProgress: ({ done, total }) => {
      if (done / total < reported + 0.1 && done !== total) return;
      reported = done / total;
      onProgress(`ingested ${done}/${total} files`);
    },
  });
  const cpu = process.cpuUsage(cpuBefore);
  const megabytes = summary.bytes / 2 ** 20;
  return {
    files: summary.added.length + summary.updated.length + summary.unchanged.length,
    failed: summary.failed.length,
    megabytes,
    chunks: summary.chunks,
    seconds: summary.seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    megabytesPerSecond: megabytes / summary.seconds,
    chunksPerSecond: summary.chunks / summary.seconds,
    workers: summary.workers,
  };
}

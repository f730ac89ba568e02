import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { createCliLogger, runCli } from '../../src/cli/run-cli.js';
import { loadConfig } from '../../src/config.js';
import { createEmbeddings } from '../../src/embeddings/create-embeddings.js';
import { probeEmbeddingDimensions } from '../../src/embeddings/probe-embedding-dimensions.js';
import { describeLocation } from '../../src/store/open-index-store.js';
import { type IngestSummary, ingestPaths } from '../pipeline/ingest-paths.js';

const usage = 'Usage: npm run ingest -- [--prune] [files or folders…]  (no path: the bundled corpus)';

await runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { prune: { type: 'boolean', default: false } },
  });
  const config = loadConfig();
  const logger = createCliLogger(config);
  const embedder = await createEmbeddings(config);
  const dimensions = embedder.dimensions ?? (await probeEmbeddingDimensions(embedder.embeddings));
  const paths = positionals.length > 0 ? positionals : [config.corpusDir];
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} {source}' })
    : undefined;
  const summary = await ingestPaths({
    paths,
    location: config,
    embedder: { ...embedder, dimensions },
    chunking: config.chunking,
    limits: config.ingestLimits,
    logger,
    prune: values.prune,
    onProgress: ({ done, total, source }) => {
      if (!bar) return console.log(`[${done}/${total}] ${source}`);
      if (done === 1) bar.start(total, 0, { source });
      bar.update(done, { source });
    },
  });
  bar?.stop();
  console.log(formatSummary(summary, describeLocation(config)));
  return summary.failed.length > 0 ? 1 : 0;
}, usage);

function formatSummary(summary: IngestSummary, location: string): string {
  const lines = [
    `Index ${location}: ${summary.added.length} added, ${summary.updated.length} updated, ${summary.unchanged.length} unchanged, ${summary.removed.length} removed, ${summary.failed.length} failed; ${summary.chunks} chunks in ${summary.seconds.toFixed(1)} s`,
  ];
  for (const failure of summary.failed) lines.push(`  failed: ${failure.message}`);
  for (const note of summary.notes) lines.push(`  note: ${note.message}`);
  return lines.join('\n');
}

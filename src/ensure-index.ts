import { existsSync } from 'node:fs';
import type { Config } from './config.js';
import { QuorumError } from './core/errors.js';
import { runProjectCommand } from './core/run-project-command.js';
import { createEmbeddings } from './embeddings/create-embeddings.js';
import { describeLocation, indexExists, reindexIfOutdated } from './store/open-index-store.js';

/**
 * On a fresh clone there is no index yet: build one from the bundled corpus. Returns true when it did.
 * An index built by another text analyser (an older Quorum) is re-indexed in place, which readers
 * would otherwise refuse.
 *
 * The build runs the ingest command (`ingest/cli/ingest.ts`) in a child process rather than importing the
 * pipeline: answering never loads the parsers, and `ingest/` depends on `src/`, never the other way round.
 * The child reads the same environment, so it builds exactly the index this process then opens.
 */
export async function ensureIndex(
  config: Pick<Config, 'dataDir' | 'databaseUrl' | 'corpusDir' | 'embedder' | 'openai'>,
  notice: (message: string) => void,
): Promise<boolean> {
  const embedder = await createEmbeddings(config);
  const identity = { name: embedder.name, dimensions: embedder.dimensions };
  if (await indexExists(config, identity)) {
    await reindexIfOutdated(config, identity, () =>
      notice(`The index at ${describeLocation(config)} was built with another text analyser: re-indexing it…`),
    );
    return false;
  }
  // An operator's own data folder without an index is a mistake to report, not a place for the sample papers.
  if (!config.databaseUrl && existsSync(config.dataDir))
    throw new QuorumError(
      'index_missing',
      `No index at ${config.dataDir}: run "npm run ingest -- <papers folder>" first`,
    );
  notice(`No index at ${describeLocation(config)} yet: building it from the bundled corpus (${config.corpusDir})…`);
  await runIngestCommand([config.corpusDir]);
  return true;
}

async function runIngestCommand(paths: string[]): Promise<void> {
  const outcome = await runProjectCommand('ingest/cli/ingest', paths).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new QuorumError('index_missing', `Could not build the sample index: ${reason}`, { cause: error });
  });
  if (outcome.code === 0) return;
  const reason = outcome.stderr.trim().split('\n').at(-1) || `the ingest command exited with code ${outcome.code}`;
  throw new QuorumError('index_missing', `Could not build the sample index: ${reason}`);
}

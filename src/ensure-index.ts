import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from './config.js';
import { QuorumError } from './core/errors.js';
import { createEmbeddings } from './embeddings/create-embeddings.js';
import { describeLocation, indexExists } from './store/open-index-store.js';

/**
 * On a fresh clone there is no index yet: build one from the bundled corpus. Returns true when it did.
 *
 * The build runs the ingest command (`ingest/cli/ingest.ts`) in a child process rather than importing the
 * pipeline: answering never loads the parsers, and `ingest/` depends on `src/`, never the other way round.
 * The child reads the same environment, so it builds exactly the index this process then opens.
 */
export async function ensureIndex(
  config: Pick<Config, 'dataDir' | 'databaseUrl' | 'corpusDir' | 'embedder' | 'openai'>,
  notice: (message: string) => void,
): Promise<boolean> {
  const embedder = createEmbeddings(config);
  if (await indexExists(config, { name: embedder.name, dimensions: embedder.dimensions })) return false;
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

// Under tsx and vitest this module is TypeScript and so is the command; compiled, both are JavaScript.
const ingestCommand = new URL(`../ingest/cli/ingest${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

function runIngestCommand(paths: string[]): Promise<void> {
  const loader = ingestCommand.pathname.endsWith('.ts') ? ['--import', import.meta.resolve('tsx/esm')] : [];
  const child = spawn(process.execPath, [...loader, fileURLToPath(ingestCommand), ...paths], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    errors += text;
  });
  return new Promise((resolve, reject) => {
    child.once('error', (error) =>
      reject(new QuorumError('index_missing', `Could not build the sample index: ${error.message}`, { cause: error })),
    );
    child.once('close', (code) => {
      if (code === 0) return resolve();
      const reason = errors.trim().split('\n').at(-1) || `the ingest command exited with code ${code}`;
      reject(new QuorumError('index_missing', `Could not build the sample index: ${reason}`));
    });
  });
}

import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { loadConfig } from '../src/config.js';
import { isQuorumError } from '../src/core/errors.js';
import { defaultCorpusDirs, parseBenchArguments, positiveOption, progress } from './lib/bench-arguments.js';
import { benchCommittees } from './lib/bench-committees.js';
import { describeMachine } from './lib/describe-machine.js';
import { formatSideBySide, type SideBySide } from './lib/format-side-by-side.js';
import { measureDirectory } from './lib/measure-directory.js';
import { runChildTask } from './lib/run-child-task.js';
import { ensureLangChainStack, runLangChainStack } from './lib/run-langchain-stack.js';
import { synthesizeCorpus } from './lib/synthesize-corpus.js';
import { writeDocSection } from './lib/write-doc-section.js';

const usage = `Usage: npm run bench:langchain -- [--chunks 100000] [--corpus DIR[,DIR…]] [--seed 1] [--write-doc] [--json] [--keep]
Synthesizes papers for about --chunks chunks as \`npm run bench\` does (default corpus: ../shared's corpus, papers
and transcripts, or the bundled sample; --corpus corpus is the worst case), then indexes them three ways in fresh
processes: the LangChain tutorial stack (RecursiveCharacterTextSplitter 1000/200 + HNSWLib, Quorum's local
embedder; installed on first use into bench/langchain-stack with npm ci --legacy-peer-deps), Quorum's embedded
ingest, and the floor (read + stem + embed + FTS5 insert, one thread). Prints wall and CPU time, peak RSS and
index size with ratios; --write-doc rewrites the side-by-side section of docs/benchmarks.md.`;
const root = join(import.meta.dirname, '..');
const megabyte = 2 ** 20;

try {
  const values = parseBenchArguments(
    {
      chunks: { type: 'string', default: '100000' },
      corpus: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'write-doc': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
    usage,
  );
  const chunks = positive('chunks', values.chunks);
  const seed = positive('seed', values.seed);
  const config = loadConfig();
  const corpusDirs = values.corpus?.split(',') ?? defaultCorpusDirs(root, config.corpusDir);
  ensureLangChainStack(progress);
  const workDir = await mkdtemp(join(tmpdir(), 'quorum-bench-langchain-'));
  try {
    const papersDir = join(workDir, 'papers');
    progress(`synthesizing papers for ~${chunks} chunks from ${corpusDirs.join(', ')} in ${papersDir}…`);
    const corpus = await synthesizeCorpus({
      corpusDirs,
      targetDir: papersDir,
      chunks,
      chunking: config.chunking,
      committees: benchCommittees,
      seed,
    });
    const loadBefore = loadavg()[0]!;
    progress(`${corpus.files} files, ${(corpus.bytes / megabyte).toFixed(1)} MB; the LangChain stack's index…`);
    const langchainDir = join(workDir, 'langchain');
    const langchain = await runLangChainStack(papersDir, langchainDir);
    progress(`LangChain: ${langchain.chunks} chunks in ${langchain.seconds.toFixed(1)} s; Quorum's ingest…`);
    const location = { dataDir: join(workDir, 'quorum') };
    const quorum = await runChildTask(
      { kind: 'ingest', directory: papersDir, location, chunking: config.chunking },
      progress,
    );
    progress(`Quorum: ${quorum.result.chunks} chunks in ${quorum.result.seconds.toFixed(1)} s; the floor…`);
    const floor = await runChildTask(
      { kind: 'floor', directory: papersDir, dataDir: join(workDir, 'floor'), chunking: config.chunking },
      progress,
    );
    const run: SideBySide = {
      machine: describeMachine(),
      command: `npm run bench:langchain -- --chunks ${values.chunks}${values.corpus ? ` --corpus ${values.corpus}` : ''}`,
      corpus: {
        files: corpus.files,
        megabytes: corpus.bytes / megabyte,
        copies: corpus.copies,
        description: `${corpus.copies} varied copies of ${corpusDirs.map((dir) => relative(root, dir)).join(', ')}`,
      },
      langchain: { ...langchain, indexMegabytes: (await measureDirectory(langchainDir)).total / megabyte },
      quorum: {
        ...quorum.result,
        peakRssMegabytes: quorum.peakRssMegabytes,
        indexMegabytes: (await measureDirectory(location.dataDir)).total / megabyte,
      },
      floor: { ...floor.result, peakRssMegabytes: floor.peakRssMegabytes },
      load: { before: loadBefore, after: loadavg()[0]! },
    };
    const section = formatSideBySide(run);
    if (values['write-doc']) {
      const path = join(root, 'docs/benchmarks.md');
      await writeDocSection(path, 'langchain', section, 'postgres');
      progress(`wrote the side-by-side section of ${path}`);
    }
    process.stdout.write(values.json ? `${JSON.stringify(run, null, 2)}\n` : `${section}\n`);
  } finally {
    if (values.keep) progress(`kept ${workDir}`);
    else await rm(workDir, { recursive: true, force: true });
  }
} catch (error) {
  progress(isQuorumError(error) || error instanceof Error ? error.message : String(error));
  process.exit(1);
}

function positive(name: string, value: string): number {
  return positiveOption(name, value, usage);
}

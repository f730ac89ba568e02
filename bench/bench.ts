import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { isQuorumError } from '../src/core/errors.js';
import { startPostgres } from '../test/support/postgres-server.js';
import { defaultCorpusDirs, parseBenchArguments, positiveOption, progress } from './lib/bench-arguments.js';
import { benchAtSize } from './lib/bench-at-size.js';
import { benchCommittees } from './lib/bench-committees.js';
import type { BenchRun, BenchStore } from './lib/bench-run.js';
import { benchTopics } from './lib/bench-topics.js';
import { describeMachine } from './lib/describe-machine.js';
import { findPaperCommittee } from './lib/find-paper-committee.js';
import { formatBenchSection } from './lib/format-bench-section.js';
import { readCorpusTexts } from './lib/read-corpus-texts.js';
import { readDevQuestions } from './lib/read-dev-questions.js';
import { varyQuestions } from './lib/vary-questions.js';
import { writeBenchDoc } from './lib/write-bench-doc.js';

const usage = `Usage: npm run bench -- [--chunks 10000,100000] [--postgres | --database-url URL] [--no-embedded]
                       [--questions 1000] [--write-doc] [--json] [--keep]
For each store (embedded always, unless --no-embedded; PostgreSQL + pgvector with --postgres, which runs
scripts/start-postgres.sh, or --database-url, a server to create throwaway databases on) and each size:
synthesize papers, ingest them, then time open, search (unfiltered and date-filtered), vector recall@10
and answering under 8 concurrent askers. Each size of the postgres store gets a fresh database
bench_<pid>_<chunks>, dropped afterwards. Progress goes to stderr, tables (or --json) to stdout;
--write-doc rewrites the measured stores' sections of docs/benchmarks.md.
Other options: --corpus DIR[,DIR…] (papers to copy; default ../shared's corpus, papers and transcripts, or
the bundled sample; --corpus corpus is the worst case, one committee copied), --dev FILE (questions to vary; default test/dev.jsonl), --seed N, --warmup 20,
--recall-queries 200, --askers 8, --load-seconds 10, --load-questions 400, --open-runs 3.`;
const root = join(import.meta.dirname, '..');

try {
  const values = parseBenchArguments(
    {
      chunks: { type: 'string', default: '10000,100000' },
      postgres: { type: 'boolean', default: false },
      'database-url': { type: 'string' },
      'no-embedded': { type: 'boolean', default: false },
      questions: { type: 'string', default: '1000' },
      warmup: { type: 'string', default: '20' },
      'recall-queries': { type: 'string', default: '200' },
      askers: { type: 'string', default: '8' },
      'load-seconds': { type: 'string', default: '10' },
      'load-questions': { type: 'string', default: '400' },
      'open-runs': { type: 'string', default: '3' },
      corpus: { type: 'string' },
      dev: { type: 'string', default: join(root, 'test/dev.jsonl') },
      seed: { type: 'string', default: '1' },
      'write-doc': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
    usage,
  );
  const sizes = values.chunks.split(',').map((size) => positive('chunks', size));
  const count = positive('questions', values.questions);
  const warmup = positive('warmup', values.warmup);
  const seed = positive('seed', values.seed);
  const config = loadConfig();
  const corpusDirs = values.corpus?.split(',') ?? defaultCorpusDirs(root, config.corpusDir);
  if (!existsSync(values.dev)) throw new Error(`No question set at ${values.dev}. ${usage}`);
  const dev = await readDevQuestions(values.dev);
  const committee = await corpusCommittee(corpusDirs);
  const stores: BenchStore[] = values['no-embedded'] ? [] : ['embedded'];
  let serverUrl = values['database-url'];
  if (values.postgres && !serverUrl) {
    progress('starting PostgreSQL (scripts/start-postgres.sh)…');
    serverUrl = await startPostgres();
  }
  if (serverUrl) stores.push('postgres');
  if (stores.length === 0) throw new Error(`Nothing to measure. ${usage}`);
  const machine = describeMachine();
  const questions = (weeks: number) => {
    const varied = varyQuestions(dev, {
      count: warmup + 2 * count,
      seed,
      topics: benchTopics,
      committee: { from: committee, to: benchCommittees },
      maxWeeks: weeks,
    });
    return {
      warmup: varied.slice(0, warmup),
      timed: varied.slice(warmup, warmup + count),
      filtered: varied.slice(warmup + count),
    };
  };
  const runs: BenchRun[] = [];
  const failures: string[] = [];
  for (const store of stores) {
    for (const chunks of sizes) {
      const run = await benchAtSize({
        store,
        chunks,
        corpusDirs,
        chunking: config.chunking,
        committees: benchCommittees,
        seed,
        serverUrl,
        questions,
        limit: 8,
        recall: {
          queries: positive('recall-queries', values['recall-queries']),
          k: 10,
          efs: [64, 256, 512, 1024, 2048, 4096],
        },
        load: {
          askers: positive('askers', values.askers),
          maxMs: positive('load-seconds', values['load-seconds']) * 1000,
          maxQuestions: positive('load-questions', values['load-questions']),
        },
        openRuns: positive('open-runs', values['open-runs']),
        keep: values.keep,
        onProgress: progress,
      }).catch((error: unknown) => {
        // The other sizes and stores still run, and what they measured is still reported.
        failures.push(`${store} at ${chunks} chunks: ${error instanceof Error ? error.message : String(error)}`);
        progress(`[${store} ${chunks}] failed: ${failures.at(-1)}`);
      });
      if (run) runs.push(run);
    }
  }
  const command = `npm run bench -- --chunks ${values.chunks}${serverUrl ? ' --postgres' : ''}`;
  const measured = stores.filter((store) => runs.some((run) => run.store === store));
  const sections = measured.map((store) => ({
    store,
    text: formatBenchSection(
      store,
      runs.filter((run) => run.store === store),
      machine,
      command,
    ),
  }));
  if (values['write-doc']) {
    const path = join(root, 'docs/benchmarks.md');
    for (const { store, text } of sections) await writeBenchDoc(path, store, text);
    progress(`wrote ${sections.map((section) => section.store).join(' and ')} to ${path}`);
  }
  process.stdout.write(
    values.json
      ? `${JSON.stringify({ machine, runs }, null, 2)}\n`
      : `${sections.map((section) => section.text).join('\n\n')}\n`,
  );
  if (failures.length > 0) {
    progress(`failed:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
} catch (error) {
  progress(isQuorumError(error) || error instanceof Error ? error.message : String(error));
  process.exit(1);
}

/** The committee of the first paper, which the varied questions rename like the papers. */
async function corpusCommittee(corpusDirs: string[]): Promise<string> {
  const first = (await readCorpusTexts(corpusDirs))[0];
  return (first && findPaperCommittee(first.text)) ?? benchCommittees[0]!;
}

function positive(name: string, value: string): number {
  return positiveOption(name, value, usage);
}

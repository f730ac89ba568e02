import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { loadQuestions } from '../src/evaluation/load-questions.js';
import { normalize } from '../src/evaluation/normalize.js';
import { parseBenchArguments, positiveOption, progress } from './lib/bench-arguments.js';
import { ingestForBench } from './lib/ingest-for-bench.js';
import { openBenchQuorum } from './lib/open-bench-quorum.js';

const usage = `Usage: npm run bench:retrieval-depth -- --questions FILE --corpus DIR [--depth 40] [--json]
How deep retrieval finds each answerable question's evidence: ingests the corpus into a throw-away index,
retrieves --depth passages a question (the ranking answers read the top 10 of), and prints the share of
questions whose evidence is within the top 1, 5, 10, 20 and --depth, then each question missing from the
top 5 with the rank its evidence first appears at. Evidence within the depth but past rank 5 is a ranking
loss (a re-ranker can win it back); evidence past the depth is a recall loss (the question's words are
not the passage's: only new vocabulary or a semantic signal finds it).`;

try {
  const values = parseBenchArguments(
    {
      questions: { type: 'string' },
      corpus: { type: 'string' },
      depth: { type: 'string', default: '40' },
      json: { type: 'boolean', default: false },
    },
    usage,
  );
  if (!values.questions || !values.corpus) throw new Error(`--questions and --corpus are required. ${usage}`);
  const depth = positiveOption('depth', values.depth, usage);
  const questions = (await loadQuestions(values.questions)).filter((question) => !question.unanswerable);
  const directory = await mkdtemp(join(tmpdir(), 'quorum-depth-'));
  try {
    const figures = await ingestForBench(values.corpus, { dataDir: directory }, loadConfig({}).chunking, progress);
    progress(`ingested ${figures.chunks} chunks in ${figures.seconds.toFixed(1)} s`);
    const { quorum } = await openBenchQuorum({ dataDir: directory });
    try {
      const ranks: { id: string; question: string; rank: number | null }[] = [];
      for (const question of questions) {
        const evidence = question.evidence.map(normalize);
        const passages = await quorum.retriever.retrieve({ question: question.question, limit: depth });
        const index = passages.findIndex(({ chunk }) => {
          const text = normalize(chunk.text);
          return evidence.some((item) => text.includes(item));
        });
        ranks.push({ id: question.id, question: question.question, rank: index === -1 ? null : index + 1 });
      }
      const within = (limit: number) =>
        ranks.filter(({ rank }) => rank !== null && rank <= limit).length / Math.max(ranks.length, 1);
      const cutoffs = [...new Set([1, 5, 10, 20, depth])].filter((cutoff) => cutoff <= depth).sort((a, b) => a - b);
      const shares = Object.fromEntries(
        cutoffs.map((cutoff) => [`within@${cutoff}`, Number(within(cutoff).toFixed(3))]),
      );
      const misses = ranks.filter(({ rank }) => rank === null || rank > 5);
      if (values.json) {
        console.log(JSON.stringify({ questions: ranks.length, chunks: figures.chunks, ...shares, misses }, null, 2));
      } else {
        console.log(`${ranks.length} answerable questions, ${figures.chunks} chunks`);
        console.log(
          Object.entries(shares)
            .map(([key, share]) => `${key} ${share}`)
            .join(', '),
        );
        for (const miss of misses)
          console.log(`${miss.rank === null ? `>${depth}` : miss.rank}\t${miss.id}\t${miss.question}`);
      }
    } finally {
      await quorum.close();
    }
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

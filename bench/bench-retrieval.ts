// Times retrieval against an index already built (`npm run bench -- --keep` leaves one), splits the
// time between full-text and vector search, and saves or compares each question's passages: the
// way to show a faster search returns what the old one did, old and new code back to back.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultCorpusDirs, parseBenchArguments, positiveOption, progress } from './lib/bench-arguments.js';
import { benchCommittees } from './lib/bench-committees.js';
import { benchTopics } from './lib/bench-topics.js';
import { findDateWindow } from './lib/find-date-window.js';
import { findPaperCommittee } from './lib/find-paper-committee.js';
import { openBenchQuorum } from './lib/open-bench-quorum.js';
import { readCorpusTexts } from './lib/read-corpus-texts.js';
import { readDevQuestions } from './lib/read-dev-questions.js';
import { summarizeLatencies } from './lib/summarize-latencies.js';
import { varyQuestions } from './lib/vary-questions.js';

const usage = `Usage: npm run bench:retrieval -- --data DIR --weeks N [--questions 1000] [--warmup 20] [--seed 1]
                       [--save FILE] [--compare FILE] [--dev FILE] [--committee NAME]
Opens the embedded index in DIR (the data folder a kept \`npm run bench\` run leaves) as the bot does and
times retrieve() over the benchmark's questions (--weeks: how many weeks the corpus's copies spread over,
its "N copies", a week apart), unfiltered then date-filtered, with the time spent in full-text and vector
search, then the process's memory (heap, buffers, and the native rest: SQLite and the vector graph).
--save writes each question's passage ids; --compare reads such a file and reports the overlap of the top
passages question by question (1.00: the same passages). --committee names the committee the questions
are varied from, as \`npm run bench\` finds it in the first paper (reading every paper otherwise).`;
const root = join(import.meta.dirname, '..');

const values = parseBenchArguments(
  {
    data: { type: 'string' },
    weeks: { type: 'string' },
    questions: { type: 'string', default: '1000' },
    warmup: { type: 'string', default: '20' },
    seed: { type: 'string', default: '1' },
    dev: { type: 'string', default: join(root, 'test/dev.jsonl') },
    save: { type: 'string' },
    compare: { type: 'string' },
    committee: { type: 'string' },
  },
  usage,
);
if (!values.data || !values.weeks) throw new Error(`--data and --weeks are required. ${usage}`);
const count = positiveOption('questions', values.questions, usage);
const warmup = positiveOption('warmup', values.warmup, usage);
const corpusDirs = defaultCorpusDirs(root, join(root, 'corpus'));
// The committee the dev questions name, as \`npm run bench\` finds it (reading every paper: pass it to skip that).
const committee =
  values.committee ?? findPaperCommittee((await readCorpusTexts(corpusDirs))[0]?.text ?? '') ?? benchCommittees[0]!;
const varied = varyQuestions(await readDevQuestions(values.dev), {
  count: warmup + 2 * count,
  seed: positiveOption('seed', values.seed, usage),
  topics: benchTopics,
  committee: { from: committee, to: benchCommittees },
  maxWeeks: positiveOption('weeks', values.weeks, usage),
});

const beforeOpen = process.memoryUsage();
const { quorum, openMs } = await openBenchQuorum({ dataDir: values.data });
const { retriever, store } = quorum;
const spent = { text: 0, vector: 0, textCalls: 0, vectorCalls: 0 };
const { searchText, searchVector } = store;
// The embedded store searches before its promise returns: timing up to the return leaves out what
// else runs before the awaiting code resumes (embedding the question, the other search).
store.searchText = (...args) => {
  const started = performance.now();
  try {
    return searchText(...args);
  } finally {
    spent.text += performance.now() - started;
    spent.textCalls += 1;
  }
};
store.searchVector = (...args) => {
  const started = performance.now();
  try {
    return searchVector(...args);
  } finally {
    spent.vector += performance.now() - started;
    spent.vectorCalls += 1;
  }
};
for (const question of varied.slice(0, warmup)) await retriever.retrieve({ question, limit: 8 });
const window = await findDateWindow(store);
const passages: Record<string, string[]> = {};
for (const [name, questions, filters] of [
  ['unfiltered', varied.slice(warmup, warmup + count), undefined],
  ['filtered', varied.slice(warmup + count), window],
] as const) {
  Object.assign(spent, { text: 0, vector: 0, textCalls: 0, vectorCalls: 0 });
  const latencies: number[] = [];
  // Each question's total, full-text and vector time, to split the slowest tenth apart.
  const splits: { question: string; total: number; text: number; vector: number }[] = [];
  for (const [index, question] of questions.entries()) {
    const before = { text: spent.text, vector: spent.vector };
    const started = performance.now();
    const found = await retriever.retrieve({ question, filters, limit: 8 });
    const total = performance.now() - started;
    latencies.push(total);
    splits.push({ question, total, text: spent.text - before.text, vector: spent.vector - before.vector });
    passages[`${name} ${index}`] = found.map((passage) => passage.chunk.id);
  }
  const summary = summarizeLatencies(latencies);
  const each = (ms: number) => (ms / questions.length).toFixed(2);
  progress(
    `${name}: p50 ${summary.p50Ms.toFixed(1)} / p95 ${summary.p95Ms.toFixed(1)} / p99 ${summary.p99Ms.toFixed(1)} ms, ` +
      `mean ${summary.meanMs.toFixed(2)} ms: full text ${each(spent.text)} ms (${spent.textCalls} calls), ` +
      `vector ${each(spent.vector)} ms (${spent.vectorCalls} calls) a question`,
  );
  const slowest = [...splits].sort((a, b) => b.total - a.total).slice(0, Math.max(1, Math.ceil(splits.length / 10)));
  const mean = (pick: (split: (typeof splits)[number]) => number) =>
    (slowest.reduce((sum, split) => sum + pick(split), 0) / slowest.length).toFixed(1);
  // Full-text and vector search run one after the other on this thread; the rest is analysis,
  // embedding, fusion, boosts and row reads.
  progress(
    `${name}, slowest ${slowest.length}: mean ${mean((split) => split.total)} ms = full text ${mean((split) => split.text)} + ` +
      `vector ${mean((split) => split.vector)} + rest ${mean((split) => split.total - split.text - split.vector)} ms`,
  );
  for (const split of slowest.slice(0, 5)) {
    progress(
      `  ${split.total.toFixed(1)} ms (text ${split.text.toFixed(1)}, vector ${split.vector.toFixed(1)}): ${split.question}`,
    );
  }
}
const memory = process.memoryUsage();
const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
// What is neither the JavaScript heap nor buffers V8 knows of is native: SQLite's page caches and,
// above all, the hnswlib graph (vectors and links), which the addon allocates itself.
const native =
  memory.rss - memory.heapTotal - memory.external - (beforeOpen.rss - beforeOpen.heapTotal - beforeOpen.external);
progress(
  `open ${openMs.toFixed(0)} ms; memory before open: rss ${megabytes(beforeOpen.rss)}, heap ${megabytes(beforeOpen.heapTotal)}; ` +
    `after the searches: rss ${megabytes(memory.rss)}, heap ${megabytes(memory.heapTotal)} (${megabytes(memory.heapUsed)} used), ` +
    `external ${megabytes(memory.external)} (array buffers ${megabytes(memory.arrayBuffers)}), native since open ${megabytes(native)}, ` +
    `peak rss ${megabytes(process.resourceUsage().maxRSS * 1024)}`,
);
if (values.save) await writeFile(values.save, JSON.stringify(passages));
if (values.compare) {
  const reference = JSON.parse(await readFile(values.compare, 'utf8')) as Record<string, string[]>;
  const overlaps = Object.entries(passages).map(([key, ids]) => {
    const expected = new Set(reference[key] ?? []);
    const size = Math.max(expected.size, ids.length);
    return size === 0 ? 1 : ids.filter((id) => expected.has(id)).length / size;
  });
  const ordered = Object.entries(passages).filter(([key, ids]) => reference[key]?.join() === ids.join()).length;
  progress(
    `top-8 overlap with ${values.compare}: ${(overlaps.reduce((a, b) => a + b, 0) / overlaps.length).toFixed(4)} ` +
      `(${ordered} of ${overlaps.length} in the same order)`,
  );
}
await quorum.close();

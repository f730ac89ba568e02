// Replays the full-text searches the retriever makes for the benchmark's questions through several
// query-planner budgets, the budgets taking turns on each search in one process, so the machine's
// load falls on all of them alike: the way to weigh a planner change at a size the load makes noisy.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { SearchFilters } from '../src/store/index-store.js';
import { mergeRanked } from '../src/store/sqlite-store/merge-ranked.js';
import type { TextBudget } from '../src/store/sqlite-store/plan-text-query.js';
import { createTextQueryPlanner } from '../src/store/sqlite-store/plan-text-query.js';
import { databaseFile } from '../src/store/sqlite-store/schema.js';
import { facetCondition } from '../src/store/sqlite-store/search-facets.js';
import { defaultCorpusDirs, parseBenchArguments, positiveOption, progress } from './lib/bench-arguments.js';
import { benchCommittees } from './lib/bench-committees.js';
import { benchTopics } from './lib/bench-topics.js';
import { findPaperCommittee } from './lib/find-paper-committee.js';
import { openBenchQuorum } from './lib/open-bench-quorum.js';
import { readCorpusTexts } from './lib/read-corpus-texts.js';
import { readDevQuestions } from './lib/read-dev-questions.js';
import { summarizeLatencies } from './lib/summarize-latencies.js';
import { varyQuestions } from './lib/vary-questions.js';

const usage = `Usage: npm run bench:text-plans -- --data DIR --weeks N --budgets SPEC[;SPEC…] [--replay DIR]
                       [--questions 300] [--rounds 2] [--seed 1] [--dev FILE] [--committee NAME]
Captures the full-text searches the retriever makes for the benchmark's questions (as bench:retrieval
varies them) on the embedded index in DIR, then replays each, on that index or on the one in --replay
(such as bench:replicate-text writes), through every budget in turn in one process: the planning and
the full-text ranking (FTS5 bm25, as the store's search ranks before it reads chunk rows), p50/p95/mean
of each budget and its ratio to the first, and the overlap of its top 8 and of all its results with
the first budget's. A SPEC is postings[,commonShare[,candidates]] (the store's default: 20000, the planner's
share and its candidate budget; a candidate budget above the index's size ranks every term over all its chunks).`;
const root = join(import.meta.dirname, '..');

const values = parseBenchArguments(
  {
    data: { type: 'string' },
    weeks: { type: 'string' },
    budgets: { type: 'string' },
    questions: { type: 'string', default: '300' },
    rounds: { type: 'string', default: '2' },
    seed: { type: 'string', default: '1' },
    dev: { type: 'string', default: join(root, 'test/dev.jsonl') },
    committee: { type: 'string' },
    replay: { type: 'string' },
  },
  usage,
);
if (!values.data || !values.weeks || !values.budgets)
  throw new Error(`--data, --weeks and --budgets are required. ${usage}`);
const count = positiveOption('questions', values.questions, usage);
const rounds = positiveOption('rounds', values.rounds, usage);
const budgets: TextBudget[] = values.budgets.split(';').map((spec) => {
  const [postings, commonShare, candidates] = spec.split(',').map(Number);
  return { postings: postings!, commonShare, candidates };
});
const corpusDirs = defaultCorpusDirs(root, join(root, 'corpus'));
const committee =
  values.committee ?? findPaperCommittee((await readCorpusTexts(corpusDirs))[0]?.text ?? '') ?? benchCommittees[0]!;
const questions = varyQuestions(await readDevQuestions(values.dev), {
  count,
  seed: positiveOption('seed', values.seed, usage),
  topics: benchTopics,
  committee: { from: committee, to: benchCommittees },
  maxWeeks: positiveOption('weeks', values.weeks, usage),
});

const { quorum } = await openBenchQuorum({ dataDir: values.data });
const calls: { question: string; phrases: string[]; limit: number; filters?: SearchFilters }[] = [];
const { searchText } = quorum.store;
let asking = '';
quorum.store.searchText = (phrases, limit, filters) => {
  calls.push({ question: asking, phrases, limit, filters });
  return searchText(phrases, limit, filters);
};
for (const question of questions) {
  asking = question;
  await quorum.retriever.retrieve({ question, limit: 8 });
}
await quorum.close();
progress(`captured ${calls.length} full-text searches of ${questions.length} questions`);

const database = new Database(join(values.replay ?? values.data, databaseFile), {
  readonly: true,
  fileMustExist: true,
});
const planners = budgets.map((budget) => createTextQueryPlanner(database, budget));
const rank = database.prepare(
  `SELECT rowid AS label, bm25(chunk_search, 1.0, 1.0, 0.0) AS rank FROM chunk_search WHERE chunk_search MATCH ? ORDER BY rank LIMIT ?`,
);
const searches = planners.map((planner) => (phrases: string[], limit: number, filters?: SearchFilters) => {
  const { whole, candidates, others } = planner.plan(phrases);
  if (whole === '') return [];
  const facets = facetCondition(filters);
  // As the store ranks: a faceted search whole, a split one's candidates alone and with the commoner terms (searchText).
  const matches = facets
    ? [`(${whole}) AND ${facets}`]
    : others === ''
      ? [candidates]
      : [candidates, `(${candidates}) AND (${others})`];
  return mergeRanked(
    matches.map((match) => rank.all(match, limit * 4) as { label: number; rank: number }[]),
    limit * 4,
  ).map((row) => row.label);
});
// Each search's fastest round: the first round's pair-token counting (which the store caches across
// questions too) and the load's spikes drop out.
const times = budgets.map(() => calls.map(() => Number.POSITIVE_INFINITY));
const found = budgets.map(() => calls.map((): number[] => []));
for (let round = 0; round < rounds; round += 1) {
  for (const [index, call] of calls.entries()) {
    // Who goes first changes with each search, so no budget always meets a warm or a cold cache.
    for (let turn = 0; turn < budgets.length; turn += 1) {
      const which = (index + round + turn) % budgets.length;
      const started = performance.now();
      const labels = searches[which]!(call.phrases, call.limit, call.filters);
      times[which]![index] = Math.min(times[which]![index]!, performance.now() - started);
      found[which]![index] = labels;
    }
  }
}
const first = summarizeLatencies(times[0]!);
const overlap = (a: number[], b: number[]) => {
  const size = Math.max(a.length, b.length);
  return size === 0 ? 1 : a.filter((id) => b.includes(id)).length / size;
};
for (const [which, budget] of budgets.entries()) {
  const summary = summarizeLatencies(times[which]!);
  const top8 = calls.map((_, index) => overlap(found[which]![index]!.slice(0, 8), found[0]![index]!.slice(0, 8)));
  const all = calls.map((_, index) => overlap(found[which]![index]!, found[0]![index]!));
  const mean = (list: number[]) => list.reduce((sum, value) => sum + value, 0) / list.length;
  progress(
    `${JSON.stringify(budget)}: p50 ${summary.p50Ms.toFixed(1)} / p95 ${summary.p95Ms.toFixed(1)} / p99 ${summary.p99Ms.toFixed(1)} / mean ${summary.meanMs.toFixed(2)} ms ` +
      `(${(summary.p50Ms / first.p50Ms).toFixed(2)}× / ${(summary.p95Ms / first.p95Ms).toFixed(2)}× / ${(summary.meanMs / first.meanMs).toFixed(2)}×); ` +
      `top-8 overlap ${mean(top8).toFixed(3)}, all ${mean(all).toFixed(3)}`,
  );
}
const matches = database.prepare('SELECT count(*) FROM chunk_search WHERE chunk_search MATCH ?').pluck();
const slowest = calls
  .map((call, index) => ({ call, index }))
  .sort((a, b) => times[0]![b.index]! - times[0]![a.index]!)
  .slice(0, 8);
for (const { call, index } of slowest) {
  const plans = planners.map((planner) => planner.plan(call.phrases));
  progress(
    `  ${budgets.map((_, which) => times[which]![index]!.toFixed(1)).join(' / ')} ms, matched ${plans
      .map((plan) => (plan.whole ? matches.get(plan.candidates) : 0))
      .join(' / ')}: ${call.question}\n    ${plans[0]!.candidates}${plans[0]!.others ? ` | ${plans[0]!.others}` : ''}`,
  );
}
database.close();

import type { BenchRun } from './bench-run.js';
import type { TimedRetrieval } from './measure-search.js';

/** A markdown table with one column per size measured and one row per figure. */
export function formatBenchTable(runs: BenchRun[]): string {
  const rows: [string, (run: BenchRun) => string][] = [
    ['chunks indexed', (run) => String(run.search.chunks)],
    [
      'synthetic papers',
      (run) => `${fixed(run.corpus.bytes / 2 ** 20, 1)} MB, ${run.corpus.files} files (${run.corpus.copies} copies)`,
    ],
    ['ingest throughput', (run) => `${fixed(run.ingest.megabytesPerSecond, 2)} MB/s`],
    ['ingest chunks/s', (run) => String(Math.round(run.ingest.chunksPerSecond))],
    ['ingest time', (run) => `${fixed(run.ingest.seconds, 1)} s wall, ${fixed(run.ingest.cpuSeconds, 1)} s CPU`],
    ['ingest peak RSS', (run) => `${Math.round(run.ingest.peakRssMegabytes)} MB`],
    ['index size', (run) => `${fixed(run.index.megabytes, 1)} MB${run.store === 'postgres' ? ' (database)' : ''}`],
    [
      'open (fresh process)',
      (run) => `${Math.round(run.open.medianMs)} ms median (${run.open.runsMs.map((ms) => Math.round(ms)).join(', ')})`,
    ],
    ['first search after open', (run) => `${fixed(run.search.firstRetrieveMs, 1)} ms`],
    ['search, unfiltered', (run) => latency(run.search.unfiltered)],
    ['search, date filter', (run) => `${latency(run.search.filtered)} (${window(run)})`],
    [
      'vector recall@10, ties counted',
      (run) =>
        `${fixed(run.search.recall.withTies, 3)} at ef ${run.search.recall.ef} (${run.search.recall.queries} queries)`,
    ],
    ['vector recall@10, by chunk id', (run) => fixed(run.search.recall.strict, 3)],
    [
      'distinct vectors',
      (run) =>
        `${run.search.recall.distinctVectors} (${fixed((100 * run.search.recall.distinctVectors) / run.search.chunks, 0)}% of chunks)`,
    ],
    [
      'recall@10 by hnswlib ef (ties / id)',
      (run) =>
        run.search.efCurve
          .map(({ ef, withTies, strict }) => `${ef}: ${fixed(withTies, 3)} / ${fixed(strict, 3)}`)
          .join(', ') || '–',
    ],
    [
      `answers, ${runs[0]?.search.concurrent.askers ?? 8} concurrent askers`,
      (run) =>
        `${fixed(run.search.concurrent.questionsPerSecond, 1)} q/s, p95 ${fixed(run.search.concurrent.latency.p95Ms, 0)} ms` +
        ` (${run.search.concurrent.answered} in ${fixed(run.search.concurrent.seconds, 1)} s)`,
    ],
    [
      'serving peak RSS (before recall)',
      (run) =>
        `${Math.round(run.search.servingPeakRssMegabytes)} MB (${Math.round(run.search.peakRssMegabytes)} MB with recall)`,
    ],
  ];
  const header = `| figure | ${runs.map((run) => `${formatCount(run.targetChunks)} chunks`).join(' | ')} |`;
  const rule = `|---|${runs.map(() => '---').join('|')}|`;
  const body = rows.map(([label, value]) => `| ${label} | ${runs.map(value).join(' | ')} |`);
  return [header, rule, ...body].join('\n');
}

function latency(timed: TimedRetrieval): string {
  return `p50 ${fixed(timed.p50Ms, 1)} / p95 ${fixed(timed.p95Ms, 1)} / p99 ${fixed(timed.p99Ms, 1)} ms`;
}

function window(run: BenchRun): string {
  return `${run.search.window.since} to ${run.search.window.until}, ${fixed(run.search.filtered.meanPassages, 1)} passages`;
}

function fixed(value: number, digits: number): string {
  return value.toFixed(digits);
}

function formatCount(count: number): string {
  if (count >= 1_000_000 && count % 1_000_000 === 0) return `${count / 1_000_000}M`;
  if (count >= 1000 && count % 1000 === 0) return `${count / 1000}k`;
  return String(count);
}

import type { BenchResult } from './bench-result.js';

/**
 * A plain-text report: one row per figure, each main-thread ingest stage with its share of the
 * ingest time, and the stages worker threads ran alongside.
 */
export function formatBenchResult(result: BenchResult): string {
  const rows: [string, string][] = [];
  const ingest = result.ingest;
  if (ingest) {
    rows.push(
      [
        'text ingested',
        `${fixed(ingest.megabytes, 1)} MB (${ingest.files} files, ${ingest.copies} copies of the corpus)`,
      ],
      ['ingest time', `${fixed(ingest.seconds, 1)} s wall, ${fixed(ingest.cpuSeconds, 1)} s CPU`],
      ['throughput', `${fixed(ingest.megabytesPerSecond, 2)} MB/s end to end`],
      ['chunks', `${ingest.chunks} (${Math.round(ingest.chunksPerSecond)} chunks/s)`],
      ['failed inputs', String(ingest.failed)],
    );
    const workers = Object.keys(ingest.workerStageMs).length > 0;
    if (workers) rows.push(['main thread', '']);
    for (const [stage, ms] of Object.entries(ingest.stageMs)) {
      rows.push([`  ${stage}`, `${fixed(ms / 1000, 2)} s (${fixed((100 * ms) / (ingest.seconds * 1000), 1)}%)`]);
    }
    if (workers) rows.push(['worker threads, alongside', '']);
    for (const [stage, ms] of Object.entries(ingest.workerStageMs)) {
      rows.push([`  ${stage}`, `${fixed(ms / 1000, 2)} s`]);
    }
    rows.push(['peak RSS after ingest', `${Math.round(ingest.peakRssMegabytes)} MB`]);
  }
  rows.push(['index on disk', `${fixed(result.index.megabytes, 1)} MB`]);
  for (const [file, bytes] of Object.entries(result.index.files)) {
    rows.push([`  ${file}`, `${fixed(bytes / 2 ** 20, 1)} MB`]);
  }
  const { chunks, openMs, firstAnswerMs, answers } = result.serving;
  rows.push(
    ['index chunks', String(chunks)],
    ['open index', `${Math.round(openMs)} ms`],
    ['first answer', `${Math.round(firstAnswerMs)} ms (open + first answer ${Math.round(openMs + firstAnswerMs)} ms)`],
    [
      'answer latency',
      `p50 ${fixed(answers.p50Ms, 1)} ms, p95 ${fixed(answers.p95Ms, 1)} ms, max ${fixed(answers.maxMs, 1)} ms` +
        ` (${answers.count} questions, ${answers.abstained} abstained)`,
    ],
    ['peak RSS', `${Math.round(result.peakRssMegabytes)} MB`],
  );
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`);
  lines.push('', 'targets:');
  for (const target of result.targets) {
    lines.push(`  ${target.met ? 'met   ' : 'MISSED'}  ${target.name}: ${target.measured} (target ${target.target})`);
  }
  return lines.join('\n');
}

function fixed(value: number, digits: number): string {
  return value.toFixed(digits);
}

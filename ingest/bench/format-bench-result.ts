import type { BenchResult } from './bench-result.js';

/** A plain-text report: one row per figure, stages with their share of the ingest time. */
export function formatBenchResult(result: BenchResult): string {
  const rows: [string, string][] = [
    [
      'text ingested',
      `${fixed(result.corpus.megabytes, 1)} MB (${result.corpus.files} files, ${result.corpus.copies} copies)`,
    ],
  ];
  const ingest = result.ingest;
  if (ingest) {
    rows.push(
      ['ingest time', `${fixed(ingest.seconds, 1)} s (${fixed(ingest.cpuSeconds, 1)} s of CPU)`],
      ['throughput', `${fixed(ingest.megabytesPerSecond, 2)} MB/s end to end`],
      ['chunks', `${ingest.chunks} (${Math.round(ingest.chunksPerSecond)} chunks/s)`],
      ['failed inputs', String(ingest.failed)],
    );
    const total = ingest.seconds * 1000;
    for (const [stage, ms] of Object.entries(ingest.stageMs)) {
      rows.push([`  stage: ${stage}`, `${fixed(ms / 1000, 2)} s (${fixed((100 * ms) / total, 1)}%)`]);
    }
    rows.push(['peak RSS (ingest)', `${Math.round(ingest.peakRssMegabytes)} MB`]);
  }
  rows.push(['index on disk', `${fixed(result.index.megabytes, 1)} MB`]);
  for (const [file, bytes] of Object.entries(result.index.files))
    rows.push([`  ${file}`, `${fixed(bytes / 2 ** 20, 1)} MB`]);
  const serving = result.serving;
  rows.push(
    ['index chunks', String(serving.chunks)],
    ['open index', `${Math.round(serving.openMs)} ms`],
    ['first answer', `${Math.round(serving.firstAnswerMs)} ms`],
    [
      'answer latency',
      `p50 ${fixed(serving.answers.p50Ms, 1)} ms, p95 ${fixed(serving.answers.p95Ms, 1)} ms, max ${fixed(serving.answers.maxMs, 1)} ms` +
        ` (${serving.answers.count} questions, ${serving.answers.abstained} abstained)`,
    ],
    ['peak RSS (process)', `${Math.round(result.peakRssMegabytes)} MB`],
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

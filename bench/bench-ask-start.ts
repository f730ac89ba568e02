import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import { parseBenchArguments } from './lib/bench-arguments.js';
import { summarizeLatencies } from './lib/summarize-latencies.js';

const usage = `Usage: npm run bench:ask-start -- [--runs 10] [--entry dist/src/cli/ask.js] [--question "…"]
Process start to first answer: runs the compiled ask command (\`npm run build\` first) --runs times, each a fresh
process answering one question from the index in QUORUM_DATA_DIR (or data/; the first run builds the sample
index when there is none, and is not counted), and prints the wall time from the process's start to its exit
and the CPU it used, median and extremes. Give --entry another build's ask.js to compare two builds in one run.`;
const root = join(import.meta.dirname, '..');
const figuresSchema = z.object({ ms: z.number(), cpuMs: z.number() });
type Figures = z.infer<typeof figuresSchema>;

try {
  const values = parseBenchArguments(
    {
      runs: { type: 'string', default: '10' },
      entry: { type: 'string', multiple: true },
      question: { type: 'string', default: 'What did the commission resolve about the domestic abuse strategy?' },
    },
    usage,
  );
  const runs = Number(values.runs);
  if (!(runs > 0)) throw new Error(`--runs must be a positive number. ${usage}`);
  const entries = values.entry ?? [join(root, 'dist/src/cli/ask.js')];
  for (const entry of entries) {
    if (!existsSync(entry)) throw new Error(`No ${entry}: run "npm run build" first. ${usage}`);
  }
  // The first run of each entry warms the page cache (and builds the sample index when there is none).
  for (const entry of entries) await timeAsk(entry, values.question);
  const timed = new Map<string, Figures[]>(entries.map((entry) => [entry, []]));
  const load = loadavg()[0]!;
  // Entries alternate, so load that comes and goes falls on each alike.
  for (let run = 0; run < runs; run += 1) {
    for (const entry of entries) timed.get(entry)!.push(await timeAsk(entry, values.question));
  }
  const lines = [`ask, process start to answer, ${runs} runs each (load average ${load.toFixed(1)} at the start):`];
  for (const [entry, figures] of timed) {
    const wall = summarizeLatencies(figures.map((figure) => figure.ms));
    const cpu = summarizeLatencies(figures.map((figure) => figure.cpuMs));
    lines.push(
      `  ${entry.replace(`${root}/`, '')}: wall median ${wall.p50Ms.toFixed(0)} ms (min ${Math.min(...figures.map((figure) => figure.ms)).toFixed(0)}, p95 ${wall.p95Ms.toFixed(0)}); CPU median ${cpu.p50Ms.toFixed(0)} ms (min ${Math.min(...figures.map((figure) => figure.cpuMs)).toFixed(0)})`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

function timeAsk(entry: string, question: string): Promise<Figures> {
  const hook = join(import.meta.dirname, 'lib/report-process-time.mjs');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', hook, entry, question], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let report = '';
    let errors = '';
    (child.stdio[3] as Readable).setEncoding('utf8').on('data', (data: string) => {
      report += data;
    });
    child.stderr!.setEncoding('utf8').on('data', (data: string) => {
      errors += data;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0)
        return reject(new Error(`${entry} exited with code ${code}: ${errors.trim().split('\n').at(-1)}`));
      resolve(figuresSchema.parse(JSON.parse(report)));
    });
  });
}

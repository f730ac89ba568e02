import type { BenchRun, BenchStore } from './bench-run.js';
import { checkTargets } from './check-targets.js';
import type { Machine } from './describe-machine.js';
import { formatBenchTable } from './format-bench-table.js';

const storeTitles: Record<BenchStore, string> = {
  embedded: 'Embedded store (SQLite + hnswlib)',
  postgres: 'PostgreSQL + pgvector store',
};

/** One store's results as a markdown section: machine, table, targets. */
export function formatBenchSection(store: BenchStore, runs: BenchRun[], machine: Machine, command: string): string {
  const lines = [
    `## ${storeTitles[store]}`,
    '',
    `Measured ${machine.date} on ${machine.cpu} × ${machine.cores}, ${machine.memoryGigabytes.toFixed(1)} GB RAM, Node ${machine.node}` +
      ` (\`${command}\`).`,
    '',
    formatBenchTable(runs),
  ];
  const targets = checkTargets(runs);
  if (targets.length > 0) {
    lines.push('', 'Targets:', '');
    for (const target of targets) {
      lines.push(`- ${target.met ? 'met' : '**missed**'}: ${target.name} ${target.measured} (target ${target.target})`);
    }
  }
  return lines.join('\n');
}

import type { BenchRun } from './bench-run.js';

export interface TargetCheck {
  name: string;
  target: string;
  measured: string;
  met: boolean;
}

/** The targets set for the embedded store at 100k chunks, judged on the runs of that store at 100k or more. */
export function checkTargets(runs: BenchRun[]): TargetCheck[] {
  return runs
    .filter((run) => run.store === 'embedded' && run.targetChunks >= 100_000)
    .flatMap((run) => {
      const at = `at ${run.search.chunks} chunks`;
      const { p95Ms } = run.search.unfiltered;
      const filtered = run.search.filtered.p95Ms;
      return [
        {
          name: `p95 search ${at}`,
          target: '≤ 20 ms',
          measured: `${p95Ms.toFixed(1)} ms unfiltered, ${filtered.toFixed(1)} ms date-filtered`,
          met: p95Ms <= 20 && filtered <= 20,
        },
        {
          name: `vector recall@10 ${at}`,
          target: '≥ 0.95',
          measured: `${run.search.recall.withTies.toFixed(3)} (ties counted; ${run.search.recall.strict.toFixed(3)} by chunk id)`,
          met: run.search.recall.withTies >= 0.95,
        },
        {
          name: `open ${at}`,
          target: '≤ 1 s',
          measured: `${Math.round(run.open.medianMs)} ms`,
          met: run.open.medianMs <= 1000,
        },
      ];
    });
}

import type { BenchRun } from './bench-run.js';

export interface TargetCheck {
  name: string;
  target: string;
  measured: string;
  met: boolean;
}

/**
 * The targets set for the embedded store (issue 14), judged on its runs at 100k chunks or more:
 * search p95 ≤ 20 ms at 100k and ≤ 60 ms at 1M, open ≤ 1 s, and at 1M serving RSS ≤ 2 GB.
 */
export function checkTargets(runs: BenchRun[]): TargetCheck[] {
  return runs
    .filter((run) => run.store === 'embedded' && run.targetChunks >= 100_000)
    .flatMap((run) => {
      const at = `at ${run.search.chunks} chunks`;
      const { p95Ms } = run.search.unfiltered;
      const filtered = run.search.filtered.p95Ms;
      const million = run.targetChunks >= 1_000_000;
      const searchMs = million ? 60 : 20;
      const serving = run.search.servingPeakRssMegabytes;
      return [
        {
          name: `p95 search ${at}`,
          target: `≤ ${searchMs} ms`,
          measured: `${p95Ms.toFixed(1)} ms unfiltered, ${filtered.toFixed(1)} ms date-filtered`,
          met: p95Ms <= searchMs && filtered <= searchMs,
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
        ...(million
          ? [
              {
                name: `serving peak RSS ${at}`,
                target: '≤ 2 GB',
                measured: `${Math.round(serving)} MB`,
                met: serving <= 2048,
              },
            ]
          : []),
      ];
    });
}

import type { ServingMeasurement } from './measure-serving.js';

/** Everything one benchmark run measured; printed as a table or as JSON. Megabytes are 2^20 bytes. */
export interface BenchResult {
  /** Absent when an index built earlier was only opened and asked (--index). */
  ingest?: {
    copies: number;
    files: number;
    megabytes: number;
    seconds: number;
    /** CPU time of the ingest: close to `seconds` on an idle machine, well below it when others compete for the cores. */
    cpuSeconds: number;
    megabytesPerSecond: number;
    chunks: number;
    chunksPerSecond: number;
    failed: number;
    /** Milliseconds per stage of the main thread, in pipeline order; they add up to `seconds`. */
    stageMs: Record<string, number>;
    /** Milliseconds per stage run in worker threads, overlapping the main thread's (empty without workers). */
    workerStageMs: Record<string, number>;
    peakRssMegabytes: number;
  };
  index: { megabytes: number; files: Record<string, number> };
  serving: ServingMeasurement;
  peakRssMegabytes: number;
  targets: { name: string; target: string; measured: string; met: boolean }[];
}

import type { ServingMeasurement } from './measure-serving.js';

/** Everything one benchmark run measured; printed as a table or as JSON. */
export interface BenchResult {
  corpus: { copies: number; files: number; megabytes: number };
  ingest?: {
    seconds: number;
    /** CPU time of the ingest (all threads); well above `seconds` means it ran in parallel, well below that the machine was busy. */
    cpuSeconds: number;
    megabytesPerSecond: number;
    chunks: number;
    chunksPerSecond: number;
    failed: number;
    /** Milliseconds per stage; `other` is collecting inputs, locking, hashing and the final graph write. */
    stageMs: Record<string, number>;
    peakRssMegabytes: number;
  };
  index: { megabytes: number; files: Record<string, number> };
  serving: ServingMeasurement;
  peakRssMegabytes: number;
  targets: { name: string; target: string; measured: string; met: boolean }[];
}

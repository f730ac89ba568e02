import type { IndexLocation } from '../../src/store/open-index-store.js';
import type { IngestFigures } from './ingest-for-bench.js';
import type { IngestFloorFigures } from './measure-ingest-floor.js';
import type { SearchBenchOptions, SearchFigures } from './measure-search.js';

/** Work the benchmark runs in a fresh child process, so its peak RSS and open time are its own. */
export type BenchChildTask =
  | { kind: 'ingest'; directory: string; location: IndexLocation; chunking: { size: number; overlap: number } }
  | { kind: 'floor'; directory: string; dataDir: string; chunking: { size: number; overlap: number } }
  | { kind: 'open'; location: IndexLocation }
  | ({ kind: 'search' } & Omit<SearchBenchOptions, 'onProgress'>);

export interface BenchChildResults {
  ingest: IngestFigures;
  floor: IngestFloorFigures;
  open: { openMs: number };
  search: SearchFigures;
}

export type BenchChildMessage =
  | { type: 'progress'; message: string }
  | { type: 'result'; result: unknown; peakRssMegabytes: number }
  | { type: 'error'; message: string };

import type { IngestFigures } from './ingest-for-bench.js';
import type { SearchFigures } from './measure-search.js';
import type { SyntheticCorpus } from './synthesize-corpus.js';

export type BenchStore = 'embedded' | 'postgres';

/** Everything measured for one store at one size. Megabytes are 2^20 bytes. */
export interface BenchRun {
  store: BenchStore;
  targetChunks: number;
  corpus: SyntheticCorpus;
  ingest: IngestFigures & { peakRssMegabytes: number };
  /** Files in the data directory (embedded) or the database's size on the server (postgres). */
  index: { megabytes: number; files: Record<string, number> };
  /** Each open in a fresh process, and their median. */
  open: { runsMs: number[]; medianMs: number };
  search: SearchFigures & { peakRssMegabytes: number };
}

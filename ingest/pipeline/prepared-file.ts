import type { PreparedDocument } from '../../src/store/prepare-document.js';
import type { MetadataDisagreement } from './apply-paper-metadata.js';

/** Milliseconds one file spent in each stage before the store writes it. */
export interface PrepareTimings {
  read: number;
  parseAndChunk: number;
  embed: number;
  /** Full-text body, chunk JSON and float32 vectors: the rows, ready to insert. */
  prepare: number;
}

/**
 * What preparing one input produced, in this thread or in an ingest worker. Nothing here has been
 * written: the writer checks `prepared` and `duplicate` against the index it holds before acting.
 */
export type PreparedFile = { source: string; bytes: number; ms: PrepareTimings } & (
  | { outcome: 'unchanged'; sha256: string }
  | {
      outcome: 'prepared';
      sha256: string;
      document: PreparedDocument;
      parts: number;
      /** Where the site's metadata overrode the parser, for the writer to log. */
      disagreements: MetadataDisagreement[];
      /** What the reader could not index, for the summary. */
      notes: string[];
    }
  /** Same content as `copyOf`, as far as the preparer knew; parsing and embedding were skipped. */
  | { outcome: 'duplicate'; sha256: string; copyOf: string }
  | { outcome: 'failed'; error: Error }
);

/** What the preparer knows of the index: by source for unchanged inputs, by content for copies. */
export interface KnownDocuments {
  shaOf(source: string): string | undefined | Promise<string | undefined>;
  sourceOf(sha256: string): string | undefined;
}

import type { IngestLimits } from '../../src/config.js';
import type { QuorumErrorCode } from '../../src/core/errors.js';
import type { PaperMetadata } from '../../src/core/paper.js';
import type { PackedDocument } from './packed-stems.js';
import type { PreparedFile } from './prepared-file.js';

/** The worker's start-up data: how to chunk and embed. */
export interface WorkerSetup {
  dimensions: number;
  chunking: { size: number; overlap: number };
  limits: IngestLimits;
}

export type WorkerRequest =
  /** First, the [source, sha256] of every document indexed when the run began. */
  | { type: 'begin'; known: [string, string][] }
  | { type: 'prepare'; index: number; file: string; source: string; metadata?: PaperMetadata };

/** Errors lose their class and `code` when cloned, so a failure travels as plain fields. */
export interface ClonedError {
  name: string;
  message: string;
  stack?: string;
  code?: QuorumErrorCode;
}

/** What the worker posts for one input: a prepared document with its stems packed (packStems). */
export type ClonedPreparedFile =
  | Exclude<PreparedFile, { outcome: 'failed' | 'prepared' }>
  | (Omit<Extract<PreparedFile, { outcome: 'prepared' }>, 'document'> & { document: PackedDocument })
  | (Omit<Extract<PreparedFile, { outcome: 'failed' }>, 'error'> & { error: ClonedError });

export interface PrepareReply {
  index: number;
  result: ClonedPreparedFile;
}

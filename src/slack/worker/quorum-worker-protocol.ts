import type { AnswerRequest } from '../../answer/answer.js';
import type { Config } from '../../config.js';
import type { QuorumErrorCode } from '../../core/errors.js';
import type { IndexStore, SearchFilters } from '../../store/index-store.js';

/** The index reads the digest schedule makes itself (it composes the digest from them on the main thread). */
export type StoreReads = Pick<IndexStore, 'listParts' | 'listDocuments' | 'listChunks' | 'getDocumentText'>;

/** What the main thread asks the Quorum worker: one call of a Slack dependency, by name. */
export type WorkerCall =
  | { method: 'answerQuestion'; request: AnswerRequest }
  | { method: 'describeSources'; filters: SearchFilters }
  | { method: 'brief'; request: { meeting: string; filters: SearchFilters } }
  | { method: 'digest'; request: { since?: string; filters: SearchFilters } }
  | { method: 'actions'; request: { topic?: string; filters: SearchFilters } }
  | { method: 'listParts' }
  | { method: 'listDocuments' }
  | { method: 'listChunks'; source: string }
  | { method: 'getDocumentText'; source: string };

export type WorkerRequest = WorkerCall & { id: number };

/** An error as it crosses the thread boundary: QuorumError codes survive so callers can still branch on them. */
export interface WorkerFailure {
  message: string;
  code?: QuorumErrorCode;
  stack?: string;
}

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'failed-to-open'; error: WorkerFailure }
  | { type: 'result'; id: number; value: unknown }
  | { type: 'error'; id: number; error: WorkerFailure };

export interface QuorumWorkerData {
  config: Config;
}

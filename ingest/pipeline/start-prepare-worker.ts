import { QuorumError } from '../../src/core/errors.js';
import type { PaperMetadata } from '../../src/core/paper.js';
import { startWorker } from '../../src/core/start-worker.js';
import { unpackStems } from './packed-stems.js';
import type { PreparedFile } from './prepared-file.js';
import type { ClonedError, ClonedPreparedFile, PrepareReply, WorkerRequest, WorkerSetup } from './worker-protocol.js';

export interface PrepareWorker {
  /** Tells the worker the [source, sha256] of the indexed documents; before the first input. */
  begin(known: [string, string][]): void;
  /** Queues one input; results come back in the order asked. */
  prepare(file: string, source: string, metadata?: PaperMetadata): Promise<PreparedFile>;
  close(): Promise<void>;
}

/**
 * Starts a worker that prepares inputs ahead of the writer; it loads while the index opens. Should
 * it fail (it cannot start, or it dies), `onFailure` hears why and the inputs still owed are
 * prepared by `fallback` instead.
 */
export function startPrepareWorker(
  setup: WorkerSetup,
  fallback: (file: string, source: string, metadata?: PaperMetadata) => Promise<PreparedFile>,
  onFailure: (error: Error) => void,
): PrepareWorker {
  const worker = startWorker({ besides: import.meta.url, name: 'ingest-worker', data: setup });
  const pending = new Map<
    number,
    {
      file: string;
      source: string;
      metadata?: PaperMetadata;
      resolve: (result: Promise<PreparedFile> | PreparedFile) => void;
    }
  >();
  let requested = 0;
  let failed = false;
  let closing = false;

  const fail = (error: Error): void => {
    if (failed || closing) return;
    failed = true;
    onFailure(error);
    for (const request of pending.values()) request.resolve(fallback(request.file, request.source, request.metadata));
    pending.clear();
  };
  worker.on('message', ({ index, result }: PrepareReply) => {
    pending.get(index)?.resolve(restored(result));
    pending.delete(index);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the ingest worker stopped (exit code ${code})`)));

  const post = (request: WorkerRequest): void => worker.postMessage(request);

  return {
    begin(known) {
      post({ type: 'begin', known });
    },
    prepare(file, source, metadata) {
      if (failed) return fallback(file, source, metadata);
      return new Promise((resolve) => {
        const index = requested++;
        pending.set(index, { file, source, metadata, resolve });
        post({ type: 'prepare', index, file, source, metadata });
      });
    },
    async close() {
      closing = true;
      await worker.terminate();
    },
  };
}

function restored(result: ClonedPreparedFile): PreparedFile {
  if (result.outcome === 'prepared') return { ...result, document: unpackStems(result.document) };
  return result.outcome === 'failed' ? { ...result, error: restoredError(result.error) } : result;
}

function restoredError({ name, message, stack, code }: ClonedError): Error {
  const error = code === undefined ? new Error(message) : new QuorumError(code, message);
  error.name = name;
  if (stack !== undefined) error.stack = stack;
  return error;
}

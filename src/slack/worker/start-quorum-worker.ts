import type { Config } from '../../config.js';
import { QuorumError } from '../../core/errors.js';
import { startWorker } from '../../core/start-worker.js';
import type { SlackDependencies } from '../slack-dependencies.js';
import type { QuorumWorkerData, StoreReads, WorkerCall, WorkerFailure, WorkerReply } from './quorum-worker-protocol.js';

export type WorkerDependencies = Required<Omit<SlackDependencies, 'feedbackStore' | 'watchStore'>> & {
  /** Reads of the index for the digest schedule, so this thread never opens (or rebuilds) the index itself. */
  store: StoreReads;
  /** Calls sent and not yet answered: a measure of load for logs and benchmarks. */
  pending(): number;
  close(): Promise<void>;
};

/**
 * Opens the index in a worker thread and answers, briefs, digests and lists through it, so the Slack
 * receiver on the main thread acks every request at once however heavy the answering. Resolves once
 * the worker has opened the index; rejects with the worker's own error when it cannot.
 */
export async function startQuorumWorker(config: Config): Promise<WorkerDependencies> {
  const data: QuorumWorkerData = { config };
  const worker = startWorker({ besides: import.meta.url, name: 'quorum-worker', data });
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let nextId = 1;
  let stopped: Error | undefined;

  await new Promise<void>((resolve, reject) => {
    const onMessage = (reply: WorkerReply) => {
      if (reply.type === 'ready') resolve();
      else if (reply.type === 'failed-to-open') reject(fromFailure(reply.error));
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new QuorumError('index_unavailable', `The answering worker exited (code ${code})`)),
    );
  }).catch(async (error: unknown) => {
    await worker.terminate();
    throw error;
  });

  worker.on('message', (reply: WorkerReply) => {
    if (reply.type !== 'result' && reply.type !== 'error') return;
    const call = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (reply.type === 'result') call?.resolve(reply.value);
    else call?.reject(fromFailure(reply.error));
  });
  const failAll = (error: Error) => {
    stopped ??= error;
    for (const call of waiting.values()) call.reject(stopped);
    waiting.clear();
  };
  worker.on('error', failAll);
  worker.on('exit', (code) =>
    failAll(new QuorumError('index_unavailable', `The answering worker exited (code ${code})`)),
  );

  const call = <T>(request: WorkerCall): Promise<T> => {
    if (stopped) return Promise.reject(stopped);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ ...request, id });
    });
  };

  return {
    answerQuestion: (request) => call({ method: 'answerQuestion', request }),
    describeSources: (filters) => call({ method: 'describeSources', filters }),
    brief: (request) => call({ method: 'brief', request }),
    digest: (request) => call({ method: 'digest', request }),
    actions: (request) => call({ method: 'actions', request }),
    store: {
      listParts: () => call({ method: 'listParts' }),
      listDocuments: () => call({ method: 'listDocuments' }),
      listChunks: (source) => call({ method: 'listChunks', source }),
      getDocumentText: (source) => call({ method: 'getDocumentText', source }),
    },
    pending: () => waiting.size,
    async close() {
      await worker.terminate();
    },
  };
}

function fromFailure(failure: WorkerFailure): Error {
  const error = failure.code ? new QuorumError(failure.code, failure.message) : new Error(failure.message);
  if (failure.stack) error.stack = failure.stack;
  return error;
}

import { QuorumError } from '../../core/errors.js';
import { startWorker } from '../../core/start-worker.js';
import type { SearchFilters } from '../index-store.js';
import type { GraphHit } from './search-graph.js';
import type {
  VectorSearchReply,
  VectorSearchRequest,
  VectorSearchWorkerData,
} from './vector-search-worker-protocol.js';

export interface VectorSearchWorker {
  search(vector: number[], limit: number, filters?: SearchFilters): Promise<GraphHit[]>;
  /** Whether the worker failed or stopped: it answers nothing any more. */
  readonly stopped: boolean;
  close(): void;
}

/**
 * A reader's vector searches in a worker thread that loads the saved graph and the chunks' facts
 * itself (one copy of each, as in this thread before). A search is posted and its hits come back
 * later, so the full-text search runs meanwhile. A worker that fails or stops rejects what it
 * was asked and everything asked after.
 */
export function startVectorSearchWorker(dataDir: string, dimensions: number): VectorSearchWorker {
  const data: VectorSearchWorkerData = { dataDir, dimensions };
  const worker = startWorker({ besides: import.meta.url, name: 'vector-search-worker', data });
  // Held only while a search waits on it, so a store left open never keeps the process alive.
  worker.unref();
  const pending = new Map<number, { resolve: (hits: GraphHit[]) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let stopped: QuorumError | undefined;

  const stop = (cause: unknown) => {
    stopped ??= new QuorumError('index_unavailable', 'The vector search worker stopped', { cause });
    for (const { reject } of pending.values()) reject(stopped);
    pending.clear();
  };
  worker.on('message', (reply: VectorSearchReply) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (pending.size === 0) worker.unref();
    if (!waiting) return;
    if ('error' in reply) waiting.reject(new QuorumError('index_unavailable', `Vector search failed: ${reply.error}`));
    else waiting.resolve(reply.hits);
  });
  worker.on('error', stop);
  worker.on('exit', (code) => stop(new Error(`exit code ${code}`)));

  return {
    search(vector, limit, filters) {
      if (stopped) return Promise.reject(stopped);
      const id = nextId++;
      const request: VectorSearchRequest = { id, vector, limit, filters };
      return new Promise<GraphHit[]>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.ref();
        worker.postMessage(request);
      });
    },
    get stopped() {
      return stopped !== undefined;
    },
    close() {
      stop(new Error('closed'));
      void worker.terminate();
    },
  };
}

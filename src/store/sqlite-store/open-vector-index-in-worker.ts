import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { startWorker } from '../../core/start-worker.js';
import type { GraphReply, GraphRequest, GraphWorkerData } from './graph-worker-protocol.js';
import { openVectorIndex, type VectorIndex } from './vector-index.js';

// Opening reads the saved graph (a gigabyte at 1M chunks); anything slower means the worker hangs.
const replyTimeoutMs = 10 * 60 * 1000;

/**
 * The vector index of a writing store, built in a worker thread: adding and removing are posted and
 * return at once; settling waits for the worker to catch up, saving for it to write the graph. A
 * search or a listing of its labels brings the graph back to this thread (saved, then loaded
 * here), and a worker that cannot start leaves it here from the outset.
 */
export function openVectorIndexInWorker(dataDir: string, dimensions: number, generation: () => number): VectorIndex {
  const signal = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const { port1: replies, port2 } = new MessageChannel();
  const data: GraphWorkerData = { dataDir, dimensions, signal, replies: port2 };
  const worker = startWorker({
    besides: import.meta.url,
    name: 'vector-index-worker',
    data,
    transferList: [port2],
    failed: signal,
  });
  // Held only while something waits on it, so a store left open never keeps the process alive.
  worker.unref();
  let received = 0;
  let insertMs = 0;
  let stopped: Error | undefined;
  const settling: (() => void)[] = [];
  worker.on('message', () => settling.shift()?.());
  worker.on('error', (error) => {
    stopped ??= error;
  });
  worker.on('exit', (code) => {
    stopped ??= new Error(`The vector graph worker stopped (exit code ${code})`);
    for (const settled of settling.splice(0)) settled();
  });
  let local = awaitReply() ? undefined : openVectorIndex(dataDir, dimensions);
  if (local) stop();

  /** False when the worker failed to start; throws what went wrong in it since the last reply. */
  function awaitReply(): boolean {
    received += 1;
    for (;;) {
      const posted = Atomics.load(signal, 0);
      if (posted === -1) return false;
      if (posted >= received) break;
      if (Atomics.wait(signal, 0, posted, replyTimeoutMs) === 'timed-out') {
        throw new Error('The vector graph worker stopped answering');
      }
    }
    const reply = receiveMessageOnPort(replies)?.message as GraphReply;
    insertMs = reply.insertMs;
    if (reply.error !== undefined) throw new Error(`The vector graph could not be updated: ${reply.error}`);
    return true;
  }

  function post(request: GraphRequest): void {
    if (stopped) throw stopped;
    worker.postMessage(request);
  }

  /** The graph, saved by the worker and loaded in this thread, which keeps it from then on. */
  function bringBack(): VectorIndex {
    if (!local) {
      post({ type: 'save', generation: generation() });
      awaitReply();
      stop();
      local = openVectorIndex(dataDir, dimensions);
    }
    return local;
  }

  function stop(): void {
    replies.close();
    void worker.terminate();
  }

  return {
    add(labels, vectors) {
      if (local) local.add(labels, vectors);
      else post({ type: 'add', labels, vectors });
    },
    remove(labels) {
      if (local) local.remove(labels);
      else if (labels.length > 0) post({ type: 'remove', labels });
    },
    async settle() {
      if (local) return;
      post({ type: 'settle' });
      worker.ref();
      await new Promise<void>((resolve) => settling.push(resolve));
      worker.unref();
      if (stopped) throw stopped;
    },
    search(vector, limit, filter, ef) {
      return bringBack().search(vector, limit, filter, ef);
    },
    labels() {
      return bringBack().labels();
    },
    save(nextGeneration) {
      if (local) return local.save(nextGeneration);
      post({ type: 'save', generation: nextGeneration });
      awaitReply();
    },
    get insertMs() {
      return insertMs + (local?.insertMs ?? 0);
    },
    close() {
      if (local) local.close();
      else stop();
    },
  };
}

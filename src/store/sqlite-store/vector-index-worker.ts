import { parentPort, workerData } from 'node:worker_threads';
import type { GraphReply, GraphRequest, GraphWorkerData } from './graph-worker-protocol.js';
import { openVectorIndex } from './vector-index.js';

// The vector graph of a writing store, kept in this thread so its inserts overlap the SQLite writes.
// Requests arrive in the order the store made them; opening and saving answer on `replies`.
const { dataDir, dimensions, signal, replies } = (workerData as { data: GraphWorkerData }).data;
let posted = 0;
let failure: string | undefined;

const index = openVectorIndex(dataDir, dimensions);
reply();

const port = parentPort!;
port.on('message', (request: GraphRequest) => {
  if (request.type === 'settle') return port.postMessage('settled');
  try {
    if (request.type === 'add') index.add(request.labels, request.vectors);
    else if (request.type === 'remove') index.remove(request.labels);
    // A graph that missed a step must not be stamped as current: the next open rebuilds it instead.
    else if (failure === undefined) index.save(request.generation);
  } catch (error) {
    failure ??= error instanceof Error ? error.message : String(error);
  }
  if (request.type === 'save') reply();
});

function reply(): void {
  const message: GraphReply = { error: failure, insertMs: index.insertMs };
  replies.postMessage(message);
  posted += 1;
  Atomics.store(signal, 0, posted);
  Atomics.notify(signal, 0);
}

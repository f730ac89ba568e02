import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { isQuorumError } from '../../core/errors.js';
import { createLogger } from '../../core/logger.js';
import { describeSources } from '../../meeting-papers/describe-sources.js';
import { openQuorum, type Quorum, warmUp } from '../../open-quorum.js';
import { createJobWriters } from '../jobs/create-job-writers.js';
import type { QuorumWorkerData, WorkerFailure, WorkerReply, WorkerRequest } from './quorum-worker-protocol.js';

// The worker side of startQuorumWorker: retrieval and answering are CPU-bound (synchronous SQLite, the
// vector graph, sentence scoring), so they run here and the main thread stays free to ack Slack at once.

const answeringNice = 10;
const port = parentPort;
if (!port) throw new Error('quorum-worker must run in a worker thread');
const { config } = (workerData as { data: QuorumWorkerData }).data;
const logger = createLogger(config.logLevel).child({ component: 'quorum-worker' });
const post = (reply: WorkerReply) => port.postMessage(reply);

// On Linux a priority belongs to the thread that sets it: answering yields the CPU to the main thread,
// whose acks must leave within Slack's three seconds however busy the machine. Elsewhere it may
// apply to the whole process, or be refused; answering then just shares the CPU as before.
try {
  if (process.platform === 'linux') setPriority(answeringNice);
} catch (error) {
  logger.debug({ err: error }, 'could not lower the answering thread priority');
}

try {
  const quorum = await openQuorum({ config, logger });
  const writers = createJobWriters(quorum);
  const run = (request: WorkerRequest): Promise<unknown> => {
    switch (request.method) {
      case 'answerQuestion':
        return quorum.answerQuestion(request.request);
      case 'describeSources':
        return describeSources(quorum.store, request.filters);
      case 'brief':
        return writers.brief(request.request);
      case 'digest':
        return writers.digest(request.request);
      case 'actions':
        return writers.actions(request.request);
      case 'listParts':
        return quorum.store.listParts();
      case 'listDocuments':
        return quorum.store.listDocuments();
      case 'listChunks':
        return quorum.store.listChunks(request.source);
      case 'getDocumentText':
        return quorum.store.getDocumentText(request.source);
    }
  };
  port.on('message', (request: WorkerRequest) => {
    run(request).then(
      (value) => post({ type: 'result', id: request.id, value }),
      (error: unknown) => post({ type: 'error', id: request.id, error: toFailure(error) }),
    );
  });
  port.once('close', () => void quorum.close());
  post({ type: 'ready' });
  void warmUpLogged(quorum);
} catch (error) {
  post({ type: 'failed-to-open', error: toFailure(error) });
}

/** The warm-up as soon as the bot is up, which would otherwise fall on the first person to ask, and its time. */
async function warmUpLogged(quorum: Quorum): Promise<void> {
  const started = performance.now();
  try {
    await warmUp(quorum);
    logger.info({ ms: Math.round(performance.now() - started) }, 'index warmed');
  } catch (error) {
    logger.warn({ err: error }, 'could not warm the index; the first question will');
  }
}

function toFailure(error: unknown): WorkerFailure {
  if (error instanceof Error) {
    return { message: error.message, stack: error.stack, code: isQuorumError(error) ? error.code : undefined };
  }
  return { message: String(error) };
}

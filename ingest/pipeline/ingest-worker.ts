import { parentPort, workerData } from 'node:worker_threads';
import { isQuorumError } from '../../src/core/errors.js';
import { LocalHashEmbeddings } from '../../src/embeddings/local-hash-embeddings.js';
import { type PackedDocument, packStems } from './packed-stems.js';
import { prepareFile } from './prepare-file.js';
import type { PreparedFile } from './prepared-file.js';
import type { ClonedPreparedFile, PrepareReply, WorkerRequest, WorkerSetup } from './worker-protocol.js';

// The ingest worker: prepares each requested input (read to rows) in order while the main thread
// writes the ones before it. Only the local embedder runs here: it is built here, not passed in.
const setup = (workerData as { data: WorkerSetup }).data;
const port = parentPort!;
const shaBySource = new Map<string, string>();
const sourceBySha = new Map<string, string>();
const known = { shaOf: (source: string) => shaBySource.get(source), sourceOf: (sha: string) => sourceBySha.get(sha) };
const options = {
  embeddings: new LocalHashEmbeddings(),
  dimensions: setup.dimensions,
  chunking: setup.chunking,
  limits: setup.limits,
};
let queue = Promise.resolve();

port.on('message', (request: WorkerRequest) => {
  if (request.type === 'begin') {
    for (const [source, sha256] of request.known) remember(source, sha256);
    return;
  }
  queue = queue.then(async () => {
    const result = await prepareFile(request.file, request.source, known, options, request.metadata);
    // Assumed stored, as the main thread will unless writing fails; it checks copies again itself.
    if (result.outcome === 'prepared') remember(result.source, result.sha256);
    const cloned = cloneable(result);
    const reply: PrepareReply = { index: request.index, result: cloned };
    port.postMessage(reply, cloned.outcome === 'prepared' ? transferred(cloned.document) : []);
  });
});

function remember(source: string, sha256: string): void {
  const previous = shaBySource.get(source);
  if (previous !== undefined) sourceBySha.delete(previous);
  shaBySource.set(source, sha256);
  sourceBySha.set(sha256, source);
}

/** The typed arrays are moved to the writer, not copied. */
function transferred(document: PackedDocument): ArrayBuffer[] {
  return [document.vectors.buffer, document.stems.ids.buffer, document.stems.ends.buffer];
}

function cloneable(result: PreparedFile): ClonedPreparedFile {
  if (result.outcome === 'prepared') return { ...result, document: packStems(result.document) };
  if (result.outcome !== 'failed') return result;
  const { name, message, stack } = result.error;
  return {
    ...result,
    error: { name, message, stack, code: isQuorumError(result.error) ? result.error.code : undefined },
  };
}

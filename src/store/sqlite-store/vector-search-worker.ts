import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from './open-database.js';
import { readChunkFacts } from './read-chunk-facts.js';
import { searchGraph } from './search-graph.js';
import { openVectorIndex } from './vector-index.js';
import type {
  VectorSearchReply,
  VectorSearchRequest,
  VectorSearchWorkerData,
} from './vector-search-worker-protocol.js';

// A reader's vector graph and chunk facts, kept in this thread so a vector search runs while the
// answering thread searches the full text. Requests are answered in the order they arrive.
const { dataDir, dimensions } = (workerData as { data: VectorSearchWorkerData }).data;
const database = openDatabase(dataDir, false, true);
const facts = readChunkFacts(database);
database.close();
const vectors = openVectorIndex(dataDir, dimensions);

const port = parentPort!;
port.on('message', ({ id, vector, limit, filters }: VectorSearchRequest) => {
  let reply: VectorSearchReply;
  try {
    reply = { id, hits: searchGraph(vectors, facts, vector, limit, filters) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});

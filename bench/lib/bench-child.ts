// Entry of the benchmark's child processes (started by run-child-task): runs one task sent over IPC,
// reports progress and the result back, then exits.
import type { BenchChildMessage, BenchChildTask } from './bench-child-task.js';
import { ingestForBench } from './ingest-for-bench.js';
import { measureIngestFloor } from './measure-ingest-floor.js';
import { measureSearch } from './measure-search.js';
import { openBenchQuorum } from './open-bench-quorum.js';

function send(message: BenchChildMessage): Promise<void> {
  return new Promise((resolve) => process.send!(message, () => resolve()));
}

const progress = (message: string) => void send({ type: 'progress', message });

async function run(task: BenchChildTask): Promise<unknown> {
  switch (task.kind) {
    case 'ingest':
      return ingestForBench(task.directory, task.location, task.chunking, progress);
    case 'floor':
      return measureIngestFloor(task.directory, task.dataDir, task.chunking);
    case 'open': {
      const { quorum, openMs } = await openBenchQuorum(task.location);
      await quorum.close();
      return { openMs };
    }
    case 'search':
      return measureSearch({ ...task, onProgress: progress });
  }
}

process.once('message', (task: BenchChildTask) => {
  run(task)
    .then((result) => send({ type: 'result', result, peakRssMegabytes: process.resourceUsage().maxRSS / 1024 }))
    .catch((error: unknown) => send({ type: 'error', message: error instanceof Error ? error.message : String(error) }))
    .finally(() => process.exit(0));
});

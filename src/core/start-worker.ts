import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type TransferListItem, Worker } from 'node:worker_threads';

// Under tsx (the npm scripts) and vitest the worker modules are TypeScript, and on Node 20 neither
// loader reaches a worker thread: the worker registers tsx itself before importing its module. A
// module that fails to load sets `failed` to -1, for a caller blocked on it in Atomics.wait.
const bootstrap = `
const { workerData } = require('node:worker_threads');
const { module, typescript, failed } = workerData.start;
const loader = module.endsWith('.ts') ? import(typescript).then(({ register }) => register()) : Promise.resolve();
loader.then(() => import(module)).catch((error) => {
  if (failed) {
    Atomics.store(failed, 0, -1);
    Atomics.notify(failed, 0);
  }
  throw error;
});
`;

export interface WorkerStart {
  /** The caller's import.meta.url: the worker module sits beside it and shares its extension. */
  besides: string;
  /** The worker module's file name without extension. */
  name: string;
  /** Reaches the worker as workerData.data. */
  data: unknown;
  transferList?: TransferListItem[];
  failed?: Int32Array;
}

/** Starts a worker thread running a TypeScript (or compiled) module of this project. */
export function startWorker({ besides, name, data, transferList, failed }: WorkerStart): Worker {
  const module = new URL(`./${name}${extname(fileURLToPath(besides))}`, besides).href;
  return new Worker(bootstrap, {
    eval: true,
    workerData: { start: { module, typescript: import.meta.resolve('tsx/esm/api'), failed }, data },
    transferList,
  });
}

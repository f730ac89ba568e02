import type { MessagePort } from 'node:worker_threads';

export interface GraphWorkerData {
  dataDir: string;
  dimensions: number;
  /** How many replies the worker has posted on `replies`; -1 when it failed to start. */
  signal: Int32Array;
  replies: MessagePort;
}

export type GraphRequest =
  | { type: 'add'; labels: number[]; vectors: Float32Array }
  | { type: 'remove'; labels: number[] }
  /** Answered on the worker's own channel once every earlier request is applied. */
  | { type: 'settle' }
  | { type: 'save'; generation: number };

/** Posted once the graph is open and after each save; the error of any step since the last one. */
export interface GraphReply {
  error?: string;
  insertMs: number;
}

import { fork } from 'node:child_process';
import type { BenchChildMessage, BenchChildResults, BenchChildTask } from './bench-child-task.js';

const childEntry = new URL('./bench-child.ts', import.meta.url).pathname;

/** Runs one task in a fresh Node process (with this one's loader flags, so TypeScript runs under tsx). */
export function runChildTask<K extends BenchChildTask['kind']>(
  task: Extract<BenchChildTask, { kind: K }>,
  onProgress: (message: string) => void,
): Promise<{ result: BenchChildResults[K]; peakRssMegabytes: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(childEntry, [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    let settled = false;
    child.on('message', (message: BenchChildMessage) => {
      if (message.type === 'progress') onProgress(message.message);
      else if (message.type === 'error') {
        settled = true;
        reject(new Error(`${task.kind} failed in the child process: ${message.message}`));
      } else {
        settled = true;
        resolve({ result: message.result as BenchChildResults[K], peakRssMegabytes: message.peakRssMegabytes });
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (!settled) reject(new Error(`the ${task.kind} child process exited (${code}) without a result`));
    });
    child.send(task);
  });
}

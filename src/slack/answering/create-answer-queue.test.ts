import { describe, expect, it } from 'vitest';
import { createAnswerQueue } from './create-answer-queue.js';

function deferred() {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('createAnswerQueue', () => {
  it('runs up to the cap at once, queues a bounded number and turns the rest away', async () => {
    const queue = createAnswerQueue({ maxConcurrent: 1, maxQueued: 1 });
    const gate = deferred();
    let running = 0;
    let peak = 0;
    const task = async () => {
      running += 1;
      peak = Math.max(peak, running);
      await gate.promise;
      running -= 1;
      return 'done';
    };
    const first = queue.run(task);
    const second = queue.run(task);
    expect(await queue.run(task)).toEqual({ status: 'busy' });
    gate.resolve();
    expect(await first).toEqual({ status: 'done', value: 'done' });
    expect(await second).toEqual({ status: 'done', value: 'done' });
    expect(peak).toBe(1);
    expect(await queue.run(async () => 'again')).toEqual({ status: 'done', value: 'again' });
  });

  it('frees the slot when a task fails', async () => {
    const queue = createAnswerQueue({ maxConcurrent: 1, maxQueued: 0 });
    await expect(queue.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await queue.run(async () => 1)).toEqual({ status: 'done', value: 1 });
  });
});

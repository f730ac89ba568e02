export type QueueOutcome<T> = { status: 'done'; value: T } | { status: 'busy' };

export interface AnswerQueue {
  /** Runs the task when a slot is free; resolves `busy` at once when the waiting line is full. */
  run<T>(task: () => Promise<T>): Promise<QueueOutcome<T>>;
}

/** A global cap on concurrent answers with a bounded waiting line, so a burst cannot swamp the answerer. */
export function createAnswerQueue(options: { maxConcurrent: number; maxQueued: number }): AnswerQueue {
  let running = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };
  return {
    async run(task) {
      if (running >= options.maxConcurrent) {
        if (waiting.length >= options.maxQueued) return { status: 'busy' };
        // The releasing task hands its slot straight to the next in line, so `running` is unchanged.
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else {
        running += 1;
      }
      try {
        return { status: 'done', value: await task() };
      } finally {
        release();
      }
    },
  };
}

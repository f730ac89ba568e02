import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { Logger } from '../../src/core/logger.js';

export interface CapturedLog {
  level: number;
  msg: string;
  referenceId?: string;
  err?: { message: string };
  [key: string]: unknown;
}

/** A real pino logger whose JSON lines are kept in memory for assertions. */
export function createCapturingLogger(): { logger: Logger; entries: CapturedLog[] } {
  const entries: CapturedLog[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) entries.push(JSON.parse(line));
      done();
    },
  });
  return { logger: pino({ level: 'debug', base: undefined }, destination), entries };
}

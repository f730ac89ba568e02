import { pino } from 'pino';

export type Logger = pino.Logger;

/** Structured JSON logs to stderr, so stdout stays free for command output. */
export function createLogger(level: string, destination: number = 2): Logger {
  return pino({ level, base: undefined }, pino.destination(destination));
}

export function createSilentLogger(): Logger {
  return pino({ level: 'silent' });
}

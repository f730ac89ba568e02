import { createRequire } from 'node:module';
import type { LogFn, Logger as PinoLogger } from 'pino';

/** What Quorum's code logs through: a pino logger, or one that creates its pino logger on the first line it prints. */
export interface Logger {
  readonly level: string;
  fatal: LogFn;
  error: LogFn;
  warn: LogFn;
  info: LogFn;
  debug: LogFn;
  trace: LogFn;
  child(bindings: Record<string, unknown>): Logger;
}

type Method = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

// pino's own level numbers: a line prints when its method's number reaches the logger's level.
const levelValues: Record<string, number> = {
  trace: 10,
  debug: 20,
  info: 30,
  warn: 40,
  error: 50,
  fatal: 60,
  silent: Number.POSITIVE_INFINITY,
};

/**
 * Structured JSON logs to stderr, so stdout stays free for command output. pino (a dozen modules) is
 * loaded only when a line at a printing level is written: a command that logs nothing, such as `ask`
 * with the default level, starts without it.
 */
export function createLogger(level: string, destination: number = 2): Logger {
  return deferredLogger(level, () => {
    const { pino } = loadPino();
    return pino({ level, base: undefined }, pino.destination(destination));
  });
}

export function createSilentLogger(): Logger {
  return deferredLogger('silent', () => loadPino().pino({ level: 'silent' }));
}

function deferredLogger(level: string, create: () => PinoLogger): Logger {
  const threshold = levelValues[level];
  // An unknown level is pino's to reject, with its own message, as before.
  if (threshold === undefined) return create();
  let instance: PinoLogger | undefined;
  const method = (name: Method): LogFn =>
    ((...parts: Parameters<LogFn>) => {
      if (levelValues[name]! < threshold) return;
      instance ??= create();
      instance[name](...parts);
    }) as LogFn;
  return {
    level,
    fatal: method('fatal'),
    error: method('error'),
    warn: method('warn'),
    info: method('info'),
    debug: method('debug'),
    trace: method('trace'),
    child: (bindings) =>
      deferredLogger(level, () => {
        instance ??= create();
        return instance.child(bindings);
      }),
  };
}

function loadPino(): typeof import('pino') {
  // pino is CommonJS, so it loads synchronously at the first printed line.
  return createRequire(import.meta.url)('pino') as typeof import('pino');
}

import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../core/logger.js';

const methods = ['debug', 'info', 'warn', 'error'] as const;

/** Bolt and its Web API client log through our pino logger; LOG_LEVEL, not Bolt, decides what is shown. */
export function createBoltLogger(logger: Logger): BoltLogger {
  const write =
    (method: (typeof methods)[number]) =>
    (...parts: unknown[]) => {
      const error = parts.find((part) => part instanceof Error);
      const message = parts
        .filter((part) => part !== error)
        .map((part) => (typeof part === 'string' ? part : JSON.stringify(part)))
        .join(' ');
      if (error) logger[method]({ err: error }, message || error.message);
      else logger[method](message);
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    setLevel: () => {},
    getLevel: () => {
      const level = logger.level;
      if (level === 'fatal' || level === 'error') return LogLevel.ERROR;
      if (level === 'warn') return LogLevel.WARN;
      if (level === 'info') return LogLevel.INFO;
      return level === 'silent' ? LogLevel.ERROR : LogLevel.DEBUG;
    },
    setName: () => {},
  };
}

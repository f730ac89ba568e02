import type { Config } from '../config.js';
import { isQuorumError } from '../core/errors.js';
import { createLogger, type Logger } from '../core/logger.js';

/**
 * Runs a command's body: an error becomes one line on stderr and exit code 1, never a stack trace; the
 * body's own exit code (a failed paper in an otherwise good ingest, say) is kept.
 */
export async function runCli(main: () => Promise<unknown>): Promise<never> {
  try {
    const code = await main();
    process.exit(typeof code === 'number' ? code : 0);
  } catch (error) {
    console.error(isQuorumError(error) || error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

/** Commands print their results on stdout; routine progress logs would drown them, so "info" means "warn". */
export function createCliLogger(config: Pick<Config, 'logLevel'>): Logger {
  return createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
}

import type { Config } from '../config.js';
import { isQuorumError } from '../core/errors.js';
import { createLogger, type Logger } from '../core/logger.js';

/**
 * Runs a command's body: an error becomes one line on stderr and exit code 1, never a stack trace; the
 * body's own exit code (a failed paper in an otherwise good ingest, say) is kept. With a usage line, `--help`
 * (or `-h`) prints it and a mistyped option is answered with it, since Node's own message names no options.
 */
export async function runCli(main: () => Promise<unknown>, usage?: string): Promise<never> {
  if (usage && process.argv.slice(2).some((argument) => argument === '--help' || argument === '-h')) {
    console.log(usage);
    return exitAfterOutput(0);
  }
  try {
    const code = await main();
    return exitAfterOutput(typeof code === 'number' ? code : 0);
  } catch (error) {
    const message = isQuorumError(error) || error instanceof Error ? error.message : String(error);
    console.error(usage && isOptionError(error) ? `${message.split('. ')[0]}. ${usage}` : message);
    return exitAfterOutput(1);
  }
}

/**
 * Exits once everything written to stdout and stderr has left the process: writes to a pipe are
 * asynchronous, and exiting at once cut `eval --json | …` off at the pipe's 64 KB buffer. A stream
 * calls write callbacks in order, so an empty write's callback means the writes before it are out.
 */
async function exitAfterOutput(code: number): Promise<never> {
  await Promise.all(
    [process.stdout, process.stderr].map((stream) => new Promise<void>((resolve) => stream.write('', () => resolve()))),
  );
  process.exit(code);
}

/** `util.parseArgs` rejects unknown options and missing values with these codes. */
function isOptionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

/** Commands print their results on stdout; routine progress logs would drown them, so "info" means "warn". */
export function createCliLogger(config: Pick<Config, 'logLevel'>): Logger {
  return createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
}

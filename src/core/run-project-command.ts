import { spawn } from 'node:child_process';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from './project-root.js';

export interface CommandOutcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

// Under tsx and vitest this module is TypeScript and so are the commands; compiled, all are JavaScript in dist/.
const compiled = extname(fileURLToPath(import.meta.url)) === '.js';

/**
 * Runs one of Quorum's own commands (`ingest/cli/ingest`, `ingest/cli/sync`) in a child process with this
 * process's environment, so it works on the same index. The reading side uses it where it needs the writing
 * side at run time: `ingest/` depends on `src/`, never the reverse, and the parsers stay out of this process.
 * Resolves with the exit code and output; rejects only when the process cannot be started.
 */
export function runProjectCommand(command: string, args: string[]): Promise<CommandOutcome> {
  const file = compiled ? join(projectRoot, 'dist', `${command}.js`) : join(projectRoot, `${command}.ts`);
  const loader = compiled ? [] : ['--import', import.meta.resolve('tsx/esm')];
  const child = spawn(process.execPath, [...loader, file, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    stdout += text;
  });
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    stderr += text;
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

import { spawn } from 'node:child_process';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { QuorumError } from './core/errors.js';

// Under tsx and vitest this module is TypeScript and so is the command; compiled, both are JavaScript.
const syncCommand = new URL(`../ingest/cli/sync${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

/**
 * Runs `npm run sync` for one site in a child process, as ensure-index does for ingest: the bot never
 * loads the ingest pipeline, and `ingest/` depends on `src/`, never the reverse. The child reads the
 * same environment, so it writes the index this process reads. Resolves with the command's summary;
 * a sync with failed papers still resolves (they are in the summary), anything worse rejects.
 */
export function runSyncCommand(
  site: string,
  committees: string[],
): Promise<{ summary: string; failedPapers: boolean }> {
  const loader = syncCommand.pathname.endsWith('.ts') ? ['--import', import.meta.resolve('tsx/esm')] : [];
  const args = [...loader, fileURLToPath(syncCommand), site, ...committees.flatMap((name) => ['--committee', name])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let errors = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    output += text;
  });
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    errors += text;
  });
  return new Promise((resolve, reject) => {
    child.once('error', (error) =>
      reject(new QuorumError('site_unreachable', `Could not sync ${site}: ${error.message}`, { cause: error })),
    );
    child.once('close', (code) => {
      // Exit 1 with a summary printed: the sync ran and some papers failed, reasons in the summary.
      if (code === 0 || (code === 1 && output.includes('Papers:'))) {
        return resolve({ summary: output.trim(), failedPapers: code !== 0 });
      }
      const reason = errors.trim().split('\n').at(-1) || `the sync command exited with code ${code}`;
      reject(new QuorumError('site_unreachable', `Could not sync ${site}: ${reason}`));
    });
  });
}

import { QuorumError } from './core/errors.js';
import { runProjectCommand } from './core/run-project-command.js';

/**
 * Runs `npm run sync` for one site in a child process, as ensure-index does for ingest: the bot never
 * loads the ingest pipeline, and `ingest/` depends on `src/`, never the reverse. The child reads the
 * same environment, so it writes the index this process reads. Resolves with the command's summary;
 * a sync with failed papers still resolves (they are in the summary), anything worse rejects.
 */
export async function runSyncCommand(
  site: string,
  committees: string[],
): Promise<{ summary: string; failedPapers: boolean }> {
  const args = [site, ...committees.flatMap((name) => ['--committee', name])];
  const outcome = await runProjectCommand('ingest/cli/sync', args).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new QuorumError('site_unreachable', `Could not sync ${site}: ${reason}`, { cause: error });
  });
  // Exit 1 with a summary printed: the sync ran and some papers failed, reasons in the summary.
  if (outcome.code === 0 || (outcome.code === 1 && outcome.stdout.includes('Papers:'))) {
    return { summary: outcome.stdout.trim(), failedPapers: outcome.code !== 0 };
  }
  const reason = outcome.stderr.trim().split('\n').at(-1) || `the sync command exited with code ${outcome.code}`;
  throw new QuorumError('site_unreachable', `Could not sync ${site}: ${reason}`);
}

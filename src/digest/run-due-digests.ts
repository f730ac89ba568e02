import { join } from 'node:path';
import type { Config } from '../config.js';
import { isQuorumError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { IndexStore, SearchFilters } from '../store/index-store.js';
import { digest } from './digest.js';
import { type DigestState, readDigestState, writeDigestState } from './digest-state.js';
import { dueRuns } from './due-runs.js';
import { renderDigestMarkdown } from './render-digest-markdown.js';

export interface DigestScheduleOptions {
  config: Pick<Config, 'dataDir' | 'digest'>;
  store: Pick<IndexStore, 'listParts' | 'listChunks' | 'getDocumentText'>;
  /** Sends one digest (markdown) to a channel; Slack code renders and posts it. */
  postMessage: (channel: string, markdown: string) => Promise<unknown>;
  logger: Logger;
  now?: () => Date;
  /** A channel's scoping (committees, exempt papers), as its answers have. */
  filtersFor?: (channel: string) => SearchFilters;
}

/**
 * Posts each configured channel's digest if one fell due since its last digest: once, however many
 * were missed, covering everything since that last digest. A channel seen for the first time starts
 * from now. Nothing new posts nothing unless `postWhenEmpty`. A failed post keeps the old time, so the
 * next due run covers it; a successful one is recorded at once, so a restart does not repeat it.
 */
export async function runDueDigests(options: DigestScheduleOptions): Promise<{ posted: string[] }> {
  const { config, logger } = options;
  const now = (options.now ?? (() => new Date()))();
  const statePath = join(config.dataDir, 'digest-state.json');
  const state = await loadState(statePath, logger);
  const posted: string[] = [];
  for (const channel of config.digest.channels) {
    const last = state[channel];
    if (!last) {
      state[channel] = now.toISOString();
      await writeDigestState(statePath, state);
      continue;
    }
    const due = dueRuns(new Date(last), now, config.digest.cron, config.digest.timezone);
    if (due.length === 0) continue;
    if (due.length > 1) logger.info({ channel, missed: due.length }, 'digests missed while stopped: posting one');
    const result = await digest({
      store: options.store,
      since: new Date(last),
      now,
      filters: options.filtersFor?.(channel),
    });
    if (result.meetings.length > 0 || config.digest.postWhenEmpty) {
      try {
        await options.postMessage(channel, renderDigestMarkdown(result));
        posted.push(channel);
      } catch (error) {
        logger.error({ err: error, channel }, 'digest post failed: the next due run will cover it');
        continue;
      }
    }
    state[channel] = now.toISOString();
    await writeDigestState(statePath, state);
  }
  return { posted };
}

async function loadState(path: string, logger: Logger): Promise<DigestState> {
  try {
    return await readDigestState(path);
  } catch (error) {
    if (!isQuorumError(error, 'input_corrupt')) throw error;
    logger.error({ err: error }, 'digest state unreadable: starting afresh from now');
    return {};
  }
}

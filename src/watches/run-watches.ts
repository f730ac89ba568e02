import type { Logger } from '../core/logger.js';
import type { IndexStore, SearchFilters } from '../store/index-store.js';
import { findWatchMatches } from './find-watch-matches.js';
import { renderWatchMarkdown } from './render-watch-markdown.js';
import type { WatchStore } from './watch-store.js';

export interface RunWatchesOptions {
  store: Pick<IndexStore, 'listDocuments' | 'listChunks'>;
  watches: WatchStore;
  /** Sends one watch's markdown to its channel; Slack code renders and posts it. */
  postMessage: (channel: string, markdown: string) => Promise<unknown>;
  /** A channel's scoping (committees, exempt papers), as its answers have. */
  filtersFor: (channel: string) => SearchFilters;
  logger: Logger;
  now?: () => Date;
}

/**
 * After a sync or an ingest: each watch posts, once, the passages of newly ingested papers that match
 * its topic, and nothing when none do. A failed post keeps the watch where it was, so the next run
 * tries again; a successful one is recorded at once.
 */
export async function runWatches(options: RunWatchesOptions): Promise<{ posted: string[] }> {
  const now = (options.now ?? (() => new Date()))();
  const posted: string[] = [];
  for (const watch of await options.watches.all()) {
    const already = new Set(watch.posted);
    const matches = await findWatchMatches({
      store: options.store,
      topic: watch.topic,
      since: new Date(watch.checkedAt),
      filters: options.filtersFor(watch.channel),
      posted: already,
    });
    if (matches.length > 0) {
      try {
        await options.postMessage(watch.channel, await renderWatchMarkdown(options.store, watch.topic, matches));
        posted.push(watch.channel);
      } catch (error) {
        options.logger.error({ err: error, channel: watch.channel, topic: watch.topic }, 'watch post failed');
        continue;
      }
    }
    await options.watches.update(watch, {
      checkedAt: now.toISOString(),
      posted: [...watch.posted, ...matches.map((match) => match.key)],
    });
  }
  return { posted };
}

import { formatMeetingDate } from '../core/dates.js';
import { readableSegment } from '../core/sentences.js';
import { createCitationList } from '../meeting-papers/create-citation-list.js';
import { renderSourceList } from '../meeting-papers/render-source-list.js';
import type { IndexStore } from '../store/index-store.js';
import type { WatchMatch } from './find-watch-matches.js';

/** One post for a watch: the new passages grouped by meeting, latest meeting first, each cited. */
export async function renderWatchMarkdown(
  store: Pick<IndexStore, 'listChunks'>,
  topic: string,
  matches: WatchMatch[],
): Promise<string> {
  const citations = createCitationList(store);
  await citations.load(matches.map((match) => match.chunk.source));
  const meetings = new Map<string, WatchMatch[]>();
  for (const match of matches) {
    const key = `${match.chunk.meetingDate ?? ''}#${match.chunk.committee}`;
    meetings.set(key, [...(meetings.get(key) ?? []), match]);
  }
  const lines = [`## New in the papers on “${topic}”`, ''];
  const ordered = [...meetings.entries()].sort(([a], [b]) => b.localeCompare(a));
  for (const [, group] of ordered) {
    const { committee, meetingDate } = group[0]!.chunk;
    lines.push(`**${committee}, ${formatMeetingDate(meetingDate)}**`);
    for (const match of group) {
      const cite = citations.cite(match.chunk.source, match.span);
      const title = match.chunk.minute
        ? `Minute ${match.chunk.minute} ${match.chunk.minuteTitle ?? ''}`.trim()
        : match.chunk.partTitle;
      const quote = readableSegment(citations.citations[cite - 1]!.quote);
      lines.push(`- ${title}: “${quote}” [${cite}]`);
    }
    lines.push('');
  }
  lines.push(renderSourceList(citations.citations));
  return lines.join('\n');
}

import type { Chunk } from '../../core/chunk.js';
import type { IndexStore, SearchFilters } from '../../store/index-store.js';

// Meetings of other bodies looked past in a month before the named body's is taken as held.
const meetingsChecked = 6;

/**
 * Whether the papers hold a meeting between the two days, of the body the question names when it names one:
 * another council's meeting that month is not its meeting. Many meetings in the span keep the question open.
 */
export async function meetingHeldIn(
  since: string,
  until: string,
  ofBody: ((chunk: Chunk) => boolean) | undefined,
  store: Pick<IndexStore, 'latestMeetingDate' | 'meetingChunks'>,
  filters?: SearchFilters,
): Promise<boolean> {
  let onOrBefore = until;
  for (let checked = 0; checked < meetingsChecked; checked += 1) {
    const latest = await store.latestMeetingDate(onOrBefore);
    if (latest === undefined || latest < since) return false;
    if (!ofBody || (await store.meetingChunks(latest, filters)).some(ofBody)) return true;
    onOrBefore = dayBefore(latest);
  }
  return true;
}

function dayBefore(iso: string): string {
  const day = new Date(`${iso}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

import type { IndexStore } from '../../src/store/index-store.js';

const dayInMs = 86_400_000;

/**
 * About a year of meetings around the index's median meeting date (by paper part), for the
 * filtered searches: the middle of the range itself can fall in a gap between the sample papers.
 */
export async function findDateWindow(store: IndexStore, days = 365): Promise<{ since: string; until: string }> {
  const dates = (await store.listParts())
    .map(({ part }) => part.meetingDate)
    .filter((date): date is string => date !== null)
    .sort();
  if (dates.length === 0) throw new Error('The index has no dated meetings to filter on');
  const middle = Date.parse(dates[Math.floor(dates.length / 2)]!);
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { since: iso(middle - (days / 2) * dayInMs), until: iso(middle + (days / 2) * dayInMs) };
}

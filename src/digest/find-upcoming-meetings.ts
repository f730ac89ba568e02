import { committeeWithAuthority } from '../core/authority-names.js';
import { shiftDate } from '../core/dates.js';
import type { CitationList } from '../meeting-papers/create-citation-list.js';
import type { StoredPart } from '../store/index-store.js';
import type { UpcomingMeeting } from './digest-types.js';

/**
 * Meetings in the next `days` days (today included): agendas for them, and the "next meeting" notices
 * agendas end with. One entry per committee and date; an agenda beats a notice.
 */
export async function findUpcomingMeetings(
  parts: StoredPart[],
  now: Date,
  citations: CitationList,
  days = 14,
): Promise<UpcomingMeeting[]> {
  const today = now.toISOString().slice(0, 10);
  const last = shiftDate(today, days);
  const inWindow = (date: string | null | undefined): date is string => !!date && date >= today && date <= last;
  const found = new Map<
    string,
    { stored: StoredPart; meeting: Omit<UpcomingMeeting, 'cite'>; span: { start: number; end: number } }
  >();
  for (const stored of parts) {
    const { part } = stored;
    const agenda = part.agenda;
    if (part.kind !== 'agenda' || !agenda) continue;
    const committee = committeeWithAuthority(part.committee, part.authority);
    if (inWindow(part.meetingDate)) {
      const firstItem = agenda.items[0]?.start ?? part.end;
      found.set(`${committee}#${part.meetingDate}`, {
        stored,
        meeting: { committee, date: part.meetingDate, ...details(agenda), from: 'agenda' },
        span: { start: part.start, end: Math.min(firstItem, part.start + 400) },
      });
    }
    const next = agenda.nextMeeting;
    const key = `${committee}#${next?.date}`;
    if (next && inWindow(next.date) && !found.has(key)) {
      found.set(key, {
        stored,
        meeting: { committee, date: next.date, ...details(next), from: 'next-meeting notice' },
        span: next,
      });
    }
  }
  await citations.load([...found.values()].map(({ stored }) => stored.source));
  return [...found.values()]
    .sort((a, b) => a.meeting.date.localeCompare(b.meeting.date))
    .map(({ stored, meeting, span }) => ({ ...meeting, cite: citations.cite(stored.source, span) }));
}

function details(source: { time?: string; venue?: string }): { time?: string; venue?: string } {
  return { ...(source.time ? { time: source.time } : {}), ...(source.venue ? { venue: source.venue } : {}) };
}

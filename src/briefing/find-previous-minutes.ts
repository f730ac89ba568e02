import type { Part } from '../core/paper.js';

/**
 * The minutes a briefing looks back on: those in the meeting's own pack, else the latest minutes of the
 * same committee from before the meeting. A sitting known only from a plan has no pack of its own.
 */
export function findPreviousMinutes<T extends { source: string; part: Part }>(
  agenda: { source?: string; part: Pick<Part, 'committee' | 'meetingDate'> },
  parts: T[],
): T | undefined {
  const meetingDate = agenda.part.meetingDate ?? '';
  const earlier = parts
    .filter(
      (stored) =>
        stored.part.kind === 'minutes' &&
        stored.part.committee === agenda.part.committee &&
        stored.part.meetingDate !== null &&
        stored.part.meetingDate < meetingDate,
    )
    .sort((a, b) => (b.part.meetingDate ?? '').localeCompare(a.part.meetingDate ?? ''));
  return earlier.find((stored) => stored.source === agenda.source) ?? earlier[0];
}

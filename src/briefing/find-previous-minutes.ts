import type { Part } from '../core/paper.js';

/**
 * The minutes a briefing looks back on: those in the meeting's own pack, else the latest minutes of the
 * same committee from before the meeting.
 */
export function findPreviousMinutes<T extends { source: string; part: Part }>(agenda: T, parts: T[]): T | undefined {
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

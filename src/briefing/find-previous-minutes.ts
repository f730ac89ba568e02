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

/**
 * The latest sitting of the committee after those minutes and before the meeting briefed, known from papers of
 * any kind (its agenda or reports) but not its minutes: the minutes found are then not the previous meeting's,
 * only the latest indexed. Undefined when no such sitting is indexed.
 */
export function laterSittingWithoutMinutes<T extends { part: Part }>(
  minutes: { part: Pick<Part, 'committee' | 'meetingDate'> },
  meetingDate: string,
  parts: T[],
): string | undefined {
  const after = minutes.part.meetingDate ?? '';
  return parts
    .map((stored) => stored.part)
    .filter(
      (part) =>
        part.committee === minutes.part.committee &&
        part.meetingDate !== null &&
        part.meetingDate > after &&
        part.meetingDate < meetingDate,
    )
    .map((part) => part.meetingDate!)
    .sort()
    .at(-1);
}

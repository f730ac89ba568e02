import type { StoredPart } from '../store/index-store.js';
import { findPlannedRow, type PlannedRow } from './planned-row.js';
import { matchesCommittee } from './resolve-meeting.js';

export interface PlannedSitting {
  programme: StoredPart;
  row: PlannedRow;
}

/**
 * A sitting with no agenda indexed, known from a work programme printed before it: the latest such
 * programme (of the committee the request names, if it names one) whose row for the date plans business.
 * A programme printed after the sitting records what was, not what was planned, so it is not read.
 */
export async function findPlannedSitting(
  parts: StoredPart[],
  date: string,
  committeeWords: string,
  documentText: (source: string) => Promise<string>,
): Promise<PlannedSitting | undefined> {
  const programmes = parts
    .filter(
      ({ part }) =>
        part.kind === 'work-programme' &&
        part.meetingDate !== null &&
        part.meetingDate < date &&
        matchesCommittee(part.committee, committeeWords),
    )
    .sort((a, b) => (b.part.meetingDate ?? '').localeCompare(a.part.meetingDate ?? ''));
  for (const programme of programmes) {
    const text = await documentText(programme.source);
    const row = findPlannedRow(text.slice(programme.part.start, programme.part.end), programme.part.start, date);
    if (row) return { programme, row };
  }
  return undefined;
}

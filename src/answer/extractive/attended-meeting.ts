import { asksWhoWasAbsent } from '../../core/absence.js';
import type { Candidate } from './select-segments.js';

/**
 * The meeting whose attendance lines answer an attendance question, and the chunks not to bring again. The day
 * asked, when the question names one. Asked who sent apologies ("… to the board in April?"), the meeting of the
 * best passage kept: apologies are often given in the opening item ("Apologies were received from …"), which
 * shares none of the body's words the attendance block above it matched, so it was retrieved but dropped as
 * weakly matched and is brought back.
 */
export function attendedMeeting(
  question: string,
  namedDay: string | undefined,
  { candidates, kept }: { candidates: readonly Candidate[]; kept: readonly Candidate[] },
): { day: string | undefined; held: Set<string> } {
  const absence = asksWhoWasAbsent(question);
  return {
    day: namedDay ?? (absence ? (kept[0]?.passage.chunk.meetingDate ?? undefined) : undefined),
    held: new Set((absence ? kept : candidates).map((candidate) => candidate.passage.chunk.id)),
  };
}

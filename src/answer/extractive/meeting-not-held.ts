import type { Chunk } from '../../core/chunk.js';
import type { QuestionAnalysis } from '../../search/analyze-question.js';
import { mentionsDateIn } from '../../search/mentions-date-in.js';
import type { RetrievedPassage } from '../../search/retrieval.js';
import type { IndexStore, SearchFilters } from '../../store/index-store.js';
import { meetingHeldIn } from './meeting-held-in.js';
import { namedBodyOf } from './named-body.js';
import { namesMeeting } from './names-meeting.js';

/**
 * A question about one sitting ("at its 20 February meeting", "the March board") when no paper is of a meeting
 * that day or month: the papers do not hold that meeting, whatever else they say on the subject. An undated
 * passage that names the day may be that meeting's paper, so it keeps the question open; so does a work
 * programme or another meeting's agenda naming it, which plans the sitting and says what it will take, unless
 * the question asks what only the sitting's own record holds (what it resolved, who chaired, attended or
 * presented).
 */
export async function asksAboutMeetingNotHeld(
  analysis: QuestionAnalysis,
  passages: RetrievedPassage[],
  store: Pick<IndexStore, 'latestMeetingDate' | 'meetingChunks'>,
  filters: SearchFilters | undefined,
): Promise<boolean> {
  const range = analysis.dateRange;
  if (!range?.since || !range.until || range.latest || analysis.intent === 'next-meeting') return false;
  if (!namesMeeting(analysis.question, analysis.committee)) return false;
  if (await meetingHeldIn(range.since, range.until, namedBodyOf(analysis), store, filters)) return false;
  const recordOnly =
    analysis.intent === 'resolution' || analysis.intent === 'attendance' || asksWhoTookPart(analysis.question);
  const plans = (chunk: Chunk) => !recordOnly && (chunk.kind === 'work-programme' || chunk.kind === 'agenda');
  const mayBeThatMeeting = (chunk: Chunk) => chunk.meetingDate === null || plans(chunk);
  return !passages.some(({ chunk }) => mayBeThatMeeting(chunk) && mentionsDateIn(chunk.text, range));
}

/**
 * "Who presented the moorings update to the board in May?": who took part in the sitting, which a plan of its
 * business never says (it lists items, not who spoke to them); "who will present …" asks the plan.
 */
function asksWhoTookPart(question: string): boolean {
  return /\bwho\b[^?]*\b(?:presented|introduced|spoke|gave|delivered|moved|seconded|attended)\b/i.test(question);
}

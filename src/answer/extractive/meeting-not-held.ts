import type { Chunk } from '../../core/chunk.js';
import { contentTerms } from '../../core/tokenize.js';
import type { QuestionAnalysis } from '../../search/analyze-question.js';
import type { DateRange } from '../../search/find-date-range.js';
import { mentionsDateIn } from '../../search/mentions-date-in.js';
import type { RetrievedPassage } from '../../search/retrieval.js';
import type { IndexStore, SearchFilters } from '../../store/index-store.js';
import { meetingHeldIn } from './meeting-held-in.js';
import { namedBodyOf } from './named-body.js';
import { namesMeeting } from './names-meeting.js';
import { asksWhatWasSaid, writtenBeforeTheSitting } from './record-not-held.js';
import { insideRange } from './select-segments.js';

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
  const recordOnly =
    analysis.intent === 'resolution' ||
    analysis.intent === 'attendance' ||
    asksWhoTookPart(analysis.question) ||
    asksWhatWasSaid(analysis.question);
  // A meeting held that month keeps the question open, unless what is asked only that sitting's record holds and
  // no passage found is of a sitting that month of the body the best passage is of: "the December decision" is
  // then sought in September's minutes, which at most plan it, and the December meeting held is another body's
  // (one the question names in words the index does not know as a committee, "the harbour commissioners").
  const lead = passages[0]?.chunk.committee;
  const foundThen = passages.filter(
    ({ chunk }) => insideRange(chunk.meetingDate, analysis) && (lead === undefined || chunk.committee === lead),
  );
  // "Who was absent from the March meeting?" when March's papers are only its agenda: the sitting is on the
  // papers, but no record of it is, so it is held only by a day with a part written at or after the sitting. Who
  // presented an item the agenda itself may say ("a verbal update from the Vice-Chair"): that stays open.
  const onlyPlansFound =
    (analysis.intent === 'attendance' || analysis.intent === 'resolution') &&
    foundThen.length > 0 &&
    foundThen.every(({ chunk }) => writtenBeforeTheSitting(chunk.kind));
  const ofBody = namedBodyOf(analysis);
  const heldBy = onlyPlansFound
    ? (chunk: Chunk) => !writtenBeforeTheSitting(chunk.kind) && (ofBody === undefined || ofBody(chunk))
    : ofBody;
  if ((!recordOnly || foundThen.length > 0) && (await meetingHeldIn(range.since, range.until, heldBy, store, filters)))
    return false;
  const plans = (chunk: Chunk) => !recordOnly && (chunk.kind === 'work-programme' || chunk.kind === 'agenda');
  const mayBeThatMeeting = (chunk: Chunk) => chunk.meetingDate === null || plans(chunk);
  const reported = analysis.committee === undefined ? bodyTyped(analysis.question) : [];
  // "Were the minutes of the 4 December meeting agreed?": a later sitting approves them, and its record names the day.
  const approvesItsMinutes = (chunk: Chunk) =>
    minutesOfSitting.test(analysis.question) && /\bminutes\b/i.test(chunk.text) && mentionsDateIn(chunk.text, range);
  return !passages.some(
    ({ chunk }) =>
      (mayBeThatMeeting(chunk) && mentionsDateIn(chunk.text, range)) ||
      approvesItsMinutes(chunk) ||
      (reported.length > 0 && reportsSittingOf(reported, chunk, range)),
  );
}

// "The minutes of the 4 December meeting": that sitting's record, which the next sitting approves.
const minutesOfSitting = /\bminutes\s+(?:of|from|for)\b/i;

// "The corporate parenting panel", "its fostering board": a body typed by its name, which may be one whose papers
// are not held but whose sittings another body's minutes report.
const bodyNamed = /\b((?:[a-z'’-]+\s+){1,3})(?:panel|board|group|forum|partnership|sub-group|subgroup|trust)\b/i;

function bodyTyped(question: string): string[] {
  const words = bodyNamed.exec(question)?.[1];
  return words ? contentTerms(words) : [];
}

/**
 * "What did the adoption panel hear at its May meeting?" when the papers are the commission's: its minutes report
 * the panel's sitting ("the Panel met on 19th May and considered …"), which holds that meeting as told to the
 * commission. A sentence saying the body met, in the time asked, naming it.
 */
function reportsSittingOf(body: string[], chunk: Chunk, range: DateRange): boolean {
  return chunk.text
    .split(/(?<=[.!?])\s+|\n+/)
    .some(
      (sentence) =>
        /\b(?:met|meeting|convened)\b/i.test(sentence) &&
        mentionsDateIn(sentence, range, chunk.meetingDate) &&
        body.every((stem) => contentTerms(sentence).includes(stem)),
    );
}

/**
 * "Who presented the moorings update to the board in May?": who took part in the sitting, which a plan of its
 * business never says (it lists items, not who spoke to them); "who will present …" asks the plan.
 */
function asksWhoTookPart(question: string): boolean {
  return /\bwho\b[^?]*\b(?:presented|introduced|spoke|gave|delivered|moved|seconded|attended)\b/i.test(question);
}

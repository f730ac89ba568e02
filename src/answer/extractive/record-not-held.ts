import type { QuestionAnalysis } from '../../search/analyze-question.js';
import type { IndexStore, SearchFilters } from '../../store/index-store.js';

// Parts of a day's papers that set out business before the sitting: none records what was said at it.
const beforeTheSitting = new Set<string>(['agenda', 'report', 'work-programme']);

/** Whether a part of this kind is written before its sitting (agenda, report, plan), so records nothing of it. */
export function writtenBeforeTheSitting(kind: string): boolean {
  return beforeTheSitting.has(kind);
}

// "What did members ask about the strategy?", "what did councillors say / raise / push back on", "what was discussed",
// "what questions were asked", "how did the item go", "what happened": what happened in the room, which only the
// sitting's own record (its minutes or transcript) tells.
const whatWasSaid =
  /\bwhat (?:did|do|have|had) (?:the )?(?:members?|councillors?|cllrs?)\b[^?]*\b(?:ask|asked|say|said|raise|raised|discuss|discussed|question|questioned|comment|commented|push(?:ed)? back|challenge|challenged)\b|\bwhat (?:was|were) (?:said|discussed|raised|asked)\b|\bwhat questions? (?:did|were|was)\b|\bhow did\b[^?]*\bgo\b|\bwhat happened\b/i;

/** Whether the question asks what happened in the room at a sitting, not what its papers set out. */
export function asksWhatWasSaid(question: string): boolean {
  return whatWasSaid.test(question);
}

/**
 * Asked what was said at a named sitting whose papers are only its agenda, reports and plans (the pack sent out
 * before it): they set out the business, not what members made of it, so quoting a report reads as the debate the
 * papers do not hold. A day with minutes, a transcript or a part of unknown kind keeps the question open.
 */
export async function asksDiscussionNotRecorded(
  analysis: QuestionAnalysis,
  store: Pick<IndexStore, 'meetingChunks'>,
  filters: SearchFilters | undefined,
): Promise<boolean> {
  const day = analysis.dateRange?.anchor;
  if (!day || !asksWhatWasSaid(analysis.question)) return false;
  const held = await store.meetingChunks(day, filters);
  return held.length > 0 && held.every((chunk) => writtenBeforeTheSitting(chunk.kind));
}

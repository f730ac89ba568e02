import { isOfBody, isOfOtherAuthority } from '../core/authority-names.js';
import type { Chunk } from '../core/chunk.js';
import { mentionsNextMeeting } from '../core/next-meeting.js';
import type { QuestionAnalysis, QuestionIntent } from './analyze-question.js';
import { isImplicationsSectionAsked } from './implications-section.js';
import { mentionsDateIn } from './mentions-date-in.js';
import { holdsReference } from './paper-reference.js';
import { asksWhetherDecided } from './whether-decided.js';

/**
 * Every meeting has its attendance, declarations, venue and next date, in the same words: for those the
 * body the question names, not the wording, tells the passage asked about from another body's.
 */
export const proceduralIntents: ReadonlySet<QuestionIntent> = new Set<QuestionIntent>([
  'attendance',
  'declarations',
  'venue',
  'next-meeting',
]);

const otherAuthorityFactor = 0.5;

/** Intent, kind and time steer the ranking; they never exclude, so a misread question still finds its passage. */
export function rankingBoost(chunk: Chunk, analysis: QuestionAnalysis, committeeCount: number): number {
  let factor = 1;
  if (analysis.committee && committeeCount > 1 && isOfBody(chunk, analysis.committee)) {
    factor *= proceduralIntents.has(analysis.intent) ? 3 : 1.3;
  }
  // Asked about one place's papers, another authority's passage on the same topic is not the one asked about.
  if (analysis.authority && isOfOtherAuthority(chunk, analysis.authority)) factor *= otherAuthorityFactor;
  switch (analysis.intent) {
    case 'resolution':
      if (chunk.section === 'Resolved') factor *= 1.4;
      // A report recommends what the meeting then decides: asked whether it was approved, the minutes say. Not
      // asked what an inspection's result was or whether a decision can be called in, which reports do say.
      else if (chunk.kind === 'report' && asksWhetherDecided(analysis.question)) factor *= 0.9;
      break;
    case 'attendance':
      if (chunk.section === 'Attendance') factor *= 1.6;
      break;
    case 'declarations':
      if (/declarations? of interest/i.test(chunk.minuteTitle ?? '')) factor *= 1.6;
      break;
    case 'venue':
      if (chunk.section === 'Meeting details' || /\bvenue\b/i.test(chunk.text)) factor *= 1.4;
      break;
    case 'author':
      // Report cover sheets and contact blocks name who wrote the paper.
      if (/\b(?:report )?author\b|\bcontact officer\b|\bcontact details\b|\breport of\b/i.test(chunk.text))
        factor *= 1.5;
      break;
    case 'next-meeting':
      if (mentionsNextMeeting(chunk.text)) factor *= 1.5;
      if (chunk.kind === 'agenda') factor *= 1.2;
      break;
  }
  if (analysis.kind && chunk.kind === analysis.kind) factor *= 1.5;
  // "What is in appendix B?": the passages naming or holding that part, whose label is no search word.
  if (analysis.reference && holdsReference(chunk.text, analysis.reference, chunk)) factor *= 1.5;
  // Asked what something costs or how it is paid for, or whether it carries a legal risk: a report's financial or
  // legal implications say so, in words ("financial", "implications", "statutory") the question rarely types.
  if (isImplicationsSectionAsked(chunk.section, analysis.question)) factor *= 1.5;
  // Approving the last meeting's minutes names that meeting, its body and its topics, and answers nothing
  // else: only a question about minutes wants it.
  if (approvesMinutes(chunk.minuteTitle) && !/\bminutes\b/i.test(analysis.question)) factor *= 0.8;
  const range = analysis.dateRange;
  if (range) {
    const meetingInside =
      chunk.meetingDate !== null &&
      (!range.since || chunk.meetingDate >= range.since) &&
      (!range.until || chunk.meetingDate <= range.until);
    if (meetingInside) factor *= 1.35;
    else if (mentionsDateIn(chunk.text, range, chunk.meetingDate)) factor *= 1.2;
    if (range.anchor && chunk.meetingDate === range.anchor) factor *= 1.4;
  }
  return factor;
}

/** An item approving the last meeting's minutes: "Minutes", "Adoption of minutes from …", "To confirm the minutes of …". */
function approvesMinutes(title: string | undefined): boolean {
  return (
    title !== undefined &&
    /^\W*(?:(?:approval|adoption|confirmation|signing) of (?:the )?)?minutes\b|\b(?:approv|confirm|sign|accept|adopt|agree)\w*\b[^\n]{0,40}\bminutes\b|\bminutes of the (?:last|previous)\b/i.test(
      title,
    )
  );
}

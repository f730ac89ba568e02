import type { Chunk } from '../../core/chunk.js';
import { findDates, monthNumber, monthPattern } from '../../core/dates.js';
import { type Segment, splitSegments } from '../../core/sentences.js';

// "When did the panel meet before the March one?", "which meeting came before 4 May 2021", "what date was the
// board's meeting prior to 9 June": asking which sitting preceded a named one. Not "what was agreed at the meeting
// before …", which asks for that sitting's business.
export const asksWhichSitting = /^\s*(?:when|which|what (?:date|day|meeting|sitting))\b/i;
const sittingBefore =
  /\b(?:meet|met|meeting|sitting|session)s?\b[^?]{0,60}?\b(?:before|prior to|preceding)\b|\b(?:previous|preceding|prior|last) (?:meeting|sitting)\b[^?]{0,30}?\b(?:before|to)\b/i;

/** Whether the question asks which sitting came before a named one. */
export function asksForMeetingBefore(question: string): boolean {
  return asksWhichSitting.test(question) && sittingBefore.test(question) && namedSitting(question) !== undefined;
}

/** The first and last ISO day the named sitting may fall on: its day, or its month when only the month is typed. */
export interface SittingDays {
  from: string;
  to: string;
}

const monthYear = new RegExp(String.raw`\b(${monthPattern})\s+(\d{4})\b`, 'i');

/**
 * The sitting a "meeting before …" question names after its "before" (or, given another `marker`, after that word):
 * a day, or a month.
 */
export function namedSitting(
  question: string,
  marker: RegExp = /\b(?:before|prior to|preceding|previous|last)\b/i,
): SittingDays | undefined {
  const after = question.slice(question.search(marker));
  const day = findDates(after)[0];
  if (day) return { from: day.iso, to: day.iso };
  const month = monthYear.exec(after);
  if (!month) return undefined;
  const number = String(monthNumber(month[1]!)).padStart(2, '0');
  // ISO dates compare as text: the 31st closes every month.
  return { from: `${month[2]}-${number}-01`, to: `${month[2]}-${number}-31` };
}

// A sitting's record names the one before it where it approves its minutes ("the minutes of the previous meeting
// held on 18th June 2024 be approved", "The Minutes of the Meeting … held on the 17th October 2023 were adopted")
// and its agenda where it lists them ("Minutes of the previous meeting held on 31 October 2023").
export const namesEarlierMinutes = /\bminutes\b|\b(?:previous|last|preceding|prior) meeting\b/i;

export interface EarlierSittingLine {
  chunk: Chunk;
  segment: Segment;
  /** The earlier sitting's ISO date. */
  iso: string;
}

/**
 * In a sitting's own papers, the line naming the sitting before it: the latest date earlier than the sitting
 * that a minutes or "previous meeting" line prints. Another day's paper filed with it does not speak for it.
 */
export function earlierSittingLine(chunks: Chunk[], sittingDate: string): EarlierSittingLine | undefined {
  let best: EarlierSittingLine | undefined;
  for (const chunk of chunks) {
    if (chunk.meetingDate !== sittingDate) continue;
    for (const segment of splitSegments(chunk.text)) {
      if (!namesEarlierMinutes.test(segment.text)) continue;
      for (const { iso } of findDates(segment.text)) {
        if (iso >= sittingDate) continue;
        if (!best || iso > best.iso) best = { chunk, segment, iso };
      }
    }
  }
  return best;
}

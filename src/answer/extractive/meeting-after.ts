import type { Chunk } from '../../core/chunk.js';
import { findDates } from '../../core/dates.js';
import { type Segment, splitSegments } from '../../core/sentences.js';
import { asksWhichSitting, namedSitting, namesEarlierMinutes, type SittingDays } from './meeting-before.js';

// "Which meeting did the panel hold after the 31 October one?", "when did the board next meet after 9 June",
// "what date was the meeting following the March 2031 one": asking which sitting followed a named one. Not "what was
// agreed at the meeting after …", which asks for that sitting's business.
const sittingAfter =
  /\b(?:meet|met|meeting|sitting|session)s?\b[^?]{0,60}?\b(?:after|following)\b|\bnext (?:meet|met|meeting|sitting)\b[^?]{0,30}?\bafter\b/i;
const afterWord = /\b(?:after|following)\b/i;

/** The sitting a "meeting after …" question names after its "after": a day, or a month. */
export function sittingNamedAfter(question: string): SittingDays | undefined {
  return afterWord.test(question) ? namedSitting(question, afterWord) : undefined;
}

// "The Corporate Parenting Panel's meeting after September": a body typed by its kind, whose sittings, when it is not
// a committee of the papers, another body's minutes only report.
const reportedBody = /\b(?:panel|board|group|forum|partnership|sub-group|subgroup|trust)\b/i;

/**
 * Whether the question asks which sitting came after a named one, of a committee whose papers are held (`committee`,
 * when the question names one) or of the papers' own body; not of another body it types by kind.
 */
export function asksForMeetingAfter(question: string, committee?: string): boolean {
  if (!committee && reportedBody.test(question)) return false;
  return asksWhichSitting.test(question) && sittingAfter.test(question) && sittingNamedAfter(question) !== undefined;
}

// A sitting's record announces the one after it: "the next meeting … take place on 5 December 2023", "That a further
// meeting be held on Tuesday, 5th March, 2019".
const announcesLater = /\b(?:next|further|following) (?:meeting|sitting|session)\b/i;
// The item that sets the body's own next sitting, not a report of another body's ("the Panel's next meeting would be").
const nextSittingItem =
  /\bnext (?:meeting|sitting|session)\b|\bdate (?:and time )?of (?:the )?next\b|\bdate and time\b/i;

export interface LaterSittingLine {
  chunk: Chunk;
  segment: Segment;
  /** The later sitting's ISO date. */
  iso: string;
}

/**
 * The line saying which sitting followed the named one: in the named sitting's own papers, the earliest later date
 * that its item on the next sitting, or a line naming the body, announces; failing that, in the next sitting's papers
 * (`next`), the line approving the named sitting's minutes ("minutes of the previous meeting held on 30 July 2024").
 */
export function laterSittingLine(own: Chunk[], next: Chunk[], named: SittingDays): LaterSittingLine | undefined {
  let announced: LaterSittingLine | undefined;
  for (const chunk of own) {
    const date = chunk.meetingDate;
    if (!date || date < named.from || date > named.to) continue;
    const setsNext = nextSittingItem.test([chunk.minuteTitle, chunk.section].filter(Boolean).join(' '));
    for (const segment of splitSegments(chunk.text)) {
      if (!announcesLater.test(segment.text)) continue;
      if (!setsNext && !segment.text.toLowerCase().includes(chunk.committee.toLowerCase())) continue;
      const later = findDates(segment.text)
        .map(({ iso }) => iso)
        .filter((iso) => iso > date)
        .sort()[0];
      if (later && (!announced || later < announced.iso)) announced = { chunk, segment, iso: later };
    }
  }
  if (announced) return announced;
  for (const chunk of next) {
    if (!chunk.meetingDate || chunk.meetingDate <= named.to) continue;
    for (const segment of splitSegments(chunk.text)) {
      const namesIt = findDates(segment.text).some(({ iso }) => iso >= named.from && iso <= named.to);
      if (namesIt && namesEarlierMinutes.test(segment.text)) return { chunk, segment, iso: chunk.meetingDate };
    }
  }
  return undefined;
}

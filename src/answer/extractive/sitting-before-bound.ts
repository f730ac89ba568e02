import type { DateRange } from '../../search/find-date-range.js';

// "The meeting just before Christmas 2023", "the last sitting before 1 May": one sitting, placed by the day it came
// before; "before Christmas" alone bounds a span ("what did they decide before Christmas?").
const sittingBefore =
  /\b(?:meeting|sitting|session)s?\s+(?:held\s+)?(?:just\s+|right\s+|immediately\s+|shortly\s+)?before\b/i;

/**
 * The last day a question's sitting may have been held on, when it asks for the one sitting just before a
 * day it names ("what was on the agenda for the meeting just before Christmas 2023?"): that sitting is the latest on
 * record up to the day, and its papers answer as if the question had named its date.
 */
export function boundOfSittingBefore(question: string, range: DateRange | undefined): string | undefined {
  if (!range?.until || range.since !== undefined || range.anchor !== undefined) return undefined;
  return sittingBefore.test(question) ? range.until : undefined;
}

import type { DateRange } from '../../search/find-date-range.js';

/**
 * "Who presented the moorings review to the harbour board on 12 March?" when the papers hold that day's sitting but every
 * line found on the topic is another sitting's (the February minutes printed in its pack): what that sitting did
 * on it is not in the papers, and another day's answer reads as if it were. `found` are the meeting days of the
 * passages retrieved, `quoted` those of the lines the answer would quote.
 */
export function quotesOnlyOtherSittings(
  range: DateRange | undefined,
  found: (string | null)[],
  quoted: (string | null)[],
): boolean {
  const day = range?.anchor;
  if (day === undefined || range?.since !== day || range.until !== day) return false;
  return found.includes(day) && quoted.length > 0 && !quoted.includes(day);
}

import { findFirstDate, monthNumber, toIso } from '../../src/core/dates.js';

const monthFirst =
  /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(\d{4})\b/i;

/**
 * The first meeting date in a header: British ("30 January 2025", "30th January, 2025") or, as US and
 * Canadian minutes write it, month first ("March 4, 2025"), and as some English parish clerks head theirs
 * ("TUESDAY DECEMBER 3rd 2013", "HELD ON AUGUST 24TH 2020"). Numeric dates stay British.
 */
export function findMeetingDate(text: string): string | undefined {
  const british = findFirstDate(text);
  const american = monthFirst.exec(text);
  const americanIso = american ? toIso(Number(american[3]), monthNumber(american[1]!), Number(american[2])) : undefined;
  if (british && (!american || british.index <= american.index)) return british.iso;
  return americanIso ?? british?.iso;
}

import { findFirstDate, monthNumber, toIso } from '../../src/core/dates.js';

const monthFirst =
  /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(\d{4})\b/i;
// "held on 25.3.31", "Date: 04.03.2031": a date in dots, read only where the header says a day follows, since
// "4.3.31" elsewhere is as likely a paragraph number.
const dottedDate =
  /\b(?:held\s+on|on|date(?:\s+of\s+meeting)?\s*:)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\b(?!\.\d)/i;

/**
 * The first meeting date in a header: British ("30 January 2025", "30th January, 2025") or, as US and
 * Canadian minutes write it, month first ("March 4, 2025"), and as some English parish clerks head theirs
 * ("TUESDAY DECEMBER 3rd 2013", "HELD ON AUGUST 24TH 2020"). Numeric dates stay British, in dots too.
 */
export function findMeetingDate(text: string): string | undefined {
  const candidates: { index: number; iso: string | undefined }[] = [];
  const british = findFirstDate(text);
  if (british) candidates.push(british);
  const american = monthFirst.exec(text);
  if (american) {
    const iso = toIso(Number(american[3]), monthNumber(american[1]!), Number(american[2]));
    candidates.push({ index: american.index, iso });
  }
  const dotted = dottedDate.exec(text);
  if (dotted) {
    const year = dotted[3]!.length === 2 ? 2000 + Number(dotted[3]) : Number(dotted[3]);
    candidates.push({ index: dotted.index, iso: toIso(year, Number(dotted[2]), Number(dotted[1])) });
  }
  // The earliest date wins; a British date wins a tie, and an impossible one yields to any other.
  const found = candidates.filter((candidate) => candidate.iso !== undefined).sort((a, b) => a.index - b.index);
  return found[0]?.iso;
}

import { withoutMeasuredAttendance } from '../../core/measured-attendance.js';
import { splitNames } from '../../core/name-lists.js';
import { membersListed } from './select-segments.js';

// "How many members were present?", "how many councillors attended?", "how many were there?": a head count of the
// meeting, which minutes give only as a list of names. Not the public ("how many members of the public attended")
// nor pupils or visitors, whom papers count in figures of their own.
const presentCountAsked =
  /\bhow many\s+(?:(?:board|committee|panel|council)\s+)?(?:members|councillors|cllrs|people|trustees|governors|directors|attended|were|was)\b(?!\s+of\s+the\s+public)(?![^?]*\bapolog)[^?]*?\b(?:present|attend(?:ed|ing|ance)|there|turned up)\b/i;
const apologiesCountAsked = /\bhow many\b[^?]*?\bapolog\w*/i;

// "PRESENT:", "Members present -", "Attendance:", "Sederunt": the label of the members' list, not "Also present" nor
// "Officers present", who are not members.
const presentLabel =
  /^\W*(?:(?:(?:board|committee|panel)\s+)?members\s+|councillors\s+|cllrs\s+|trustees\s+|governors\s+)?(?:present\b|sederunt\b|(?:attendance|attendees)\s*(?=:))\s*[:–-]?\s*/i;
const apologiesLabel = /^\W*(?:apologies|regrets)\b/i;
// "Apologies for absence were received from Councillors A and B.": the names follow "from".
const apologiesFrom = /\b(?:from|on behalf of)\b/i;
// Another list starts: "ABSENT", "In attendance:", "Officers:", "Clerk:", any short label ending in a colon.
const otherList =
  /^\W*(?:apolog\w*|absent|regrets|in attendance|also (?:present|in attendance)|officers?|officials|staff|clerk)\b|^\W*[\p{L} ]{2,30}:/iu;
// A list's label inside the Present line: "…, Cllr D. Officers: J Smith".
const listInsideLine = /\b(?:Clerk|Officers?|Officials|In attendance|Also present|Absent|Apologies|Regrets|Staff)\s*:/i;
// A full stop ending the list, not the one after an initial ("Cllr J. Smith").
const sentenceEnd = /(?<=\)|\p{Ll}{3})\.\s+(?=\p{Lu})/u;

/** A line quoted in an answer, where it stands in its passage, and that passage's text. */
export interface QuotedLine {
  passage: number;
  start: number;
  end: number;
  text: string;
  passageText: string;
}

/**
 * Asked how many members came or sent apologies, the number of names on the list quoted ("Named as present: 14."):
 * minutes print the names and never the count, and a reader should not have to count fourteen names. Undefined when
 * the question asks no such count or no list was quoted.
 */
export function attendanceCount(question: string, quoted: readonly QuotedLine[]): string | undefined {
  const asked = withoutMeasuredAttendance(question);
  const apologies = apologiesCountAsked.test(asked);
  if (!apologies && !presentCountAsked.test(asked)) return undefined;
  const ordered = [...quoted].sort((a, b) => a.passage - b.passage || a.start - b.start);
  const label = apologies ? apologiesLabel : presentLabel;
  const first = ordered.findIndex((line) => label.test(line.text));
  if (first === -1) return undefined;
  const names = namesOn(ordered[first]!.text, apologies);
  let listed = 0;
  for (const line of ordered.slice(first + 1)) {
    const previous = ordered[ordered.indexOf(line) - 1]!;
    const adjoining =
      line.passage === previous.passage && /^\s*$/.test(line.passageText.slice(previous.end, line.start));
    if (!adjoining || otherList.test(line.text)) break;
    names.push(...splitNames(line.text));
    listed += 1;
  }
  // Members printed one a line stop at the answerer's cap on such a list; a count of a cut list would be short.
  if (names.length === 0 || listed >= membersListed) return undefined;
  return apologies ? `Named in the apologies: ${names.length}.` : `Named as present: ${names.length}.`;
}

function namesOn(line: string, apologies: boolean): string[] {
  if (apologies) {
    const from = line.split(apologiesFrom).slice(1).join(' ');
    return splitNames((from || line.replace(apologiesLabel, '').replace(/^[^:]*:/, '')).split(sentenceEnd, 1)[0]!);
  }
  return splitNames(line.replace(presentLabel, '').split(listInsideLine, 1)[0]!.split(sentenceEnd, 1)[0]!);
}

import { escapeRegExp } from '../../core/escape-reg-exp.js';
import { contentTerms } from '../../core/tokenize.js';

// "Who chaired the Harbour Trust Board", "who is the chair of the Estuary Forum": a named body (capitalised,
// ending in a word for a body), whose chair is asked.
const whoChairs =
  /\b[Ww]ho (?:chaired|chairs|(?:was|is) (?:the )?[Cc]hair(?:man|woman|person)? of)\s+the\s+((?:[A-Z][\w'’-]*\s+){0,6}(?:Board|Committee|Panel|Partnership|Forum|Group|Commission|Cabinet|Trust|Council))\b/;
// How close a chair must be printed to the body's name to be its chair: "the Independent Chair for the
// Harbour Board", "the Harbour Board, chaired by"; further off it is another body's ("the Estates Board,
// chaired by the Director, and the Harbour Board").
const chairBefore = /\bchair\w*\b[^.;()]{0,30}$/i;
const chairAfter = /^[^.;()]{0,15}\bchair/i;

export interface QuotedLine {
  text: string;
  /** The committee of the paper the line is quoted from. */
  committee: string;
}

/**
 * "Who chaired the Corporate Parenting Board?" answered only by lines naming no chair of it: the chair of
 * another board ("the Performance Board, chaired by the Director"), or the board named with no chair. A
 * line answers when it prints a chair right beside the body's name, or is from that body's own
 * papers (its attendance names who chaired).
 */
export function namesNoChairOfBody(question: string, lines: QuotedLine[]): boolean {
  const body = whoChairs.exec(question)?.[1];
  if (!body || lines.length === 0) return false;
  const name = contentTerms(body);
  // Its own record, under its full name or the short one its papers use ("Cabinet" for "Harwick Cabinet").
  const isOwnBody = (committee: string) => {
    const terms = contentTerms(committee);
    const named = new Set(name);
    return terms.length > 0 && (terms.every((term) => named.has(term)) || name.every((term) => terms.includes(term)));
  };
  const printed = new RegExp(body.trim().split(/\s+/).map(escapeRegExp).join(String.raw`\s+`), 'gi');
  const namesChair = (text: string) =>
    [...text.matchAll(printed)].some(
      (match) =>
        chairBefore.test(text.slice(0, match.index)) || chairAfter.test(text.slice(match.index + match[0].length)),
    );
  return !lines.some((line) => isOwnBody(line.committee) || namesChair(line.text));
}

// "Who is the clerk of Hallowmere Community Council?", "who was the chief executive at …": a holder asked by the
// office alone, which a line naming them prints (each office with the other names papers give it).
const officeNames: Record<string, string> = {
  clerk: 'clerk',
  'chief executive': String.raw`chief executive|ceo|head of paid service`,
  'monitoring officer': 'monitoring officer',
  mayor: 'mayor',
  leader: 'leader',
  treasurer: String.raw`treasurer|section 151 officer|s151 officer|finance officer`,
  'head ?teacher': String.raw`head ?teacher|head of school|principal`,
};
const whoHolds = new RegExp(
  String.raw`\bwho(?:'s|’s| is| was| will be)\s+(?:the\s+)?(?:current\s+|new\s+)?(${Object.keys(officeNames).join('|')})\s+(?:of|at|for)\b`,
  'i',
);

/**
 * "Who is the clerk of the community council?" answered only by lines that never print the office held (an
 * attendance naming the councillors present), or only in the plural ("a webinar with chief executives of
 * councils"): no holder of it is named, and quoting them reads as one. A line printing the office once,
 * beside a name or not, may be its holder's.
 */
export function namesNoOfficeHolder(question: string, lines: string[]): boolean {
  const asked = whoHolds.exec(question)?.[1]?.toLowerCase();
  if (!asked || lines.length === 0) return false;
  const key = Object.keys(officeNames).find((office) => new RegExp(`^${office}$`, 'i').test(asked));
  const office = new RegExp(String.raw`\b(?:${officeNames[key ?? asked] ?? escapeRegExp(asked)})\b(?!s\b)`, 'i');
  return !lines.some((line) => office.test(line));
}

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

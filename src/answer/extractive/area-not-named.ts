import { personTitles } from './answer-kinds.js';

// "Which ward is the play park in?", "what divisions does the scheme affect": a council's electoral area asked for.
const asksArea = /\b(?:which|what)\s+(?:electoral\s+)?(?:wards?|divisions?|constituenc(?:y|ies))\b/i;
// How papers name one: "Wards affected: Eastfield", "Electoral Division: Hale", "borough-wide", "all wards".
const namesArea =
  /\b(?:wards?|divisions?|constituenc(?:y|ies)|(?:borough|county|district|city|parish)[\s-]?wide|all wards)\b/i;

// A person's name holding such a word ("Pam Ward", "Cllr Ward"): by honorific, or a first name and surname
// followed by the post they hold ("Jo Ward, Head of Service").
const personName = new RegExp(
  String.raw`\b(?:${personTitles})\.?\s+(?:\p{Lu}\.?\s+){0,2}\p{Lu}[\p{L}'’-]+|\b\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+(?=,\s+(?:the\s+)?(?:Head|Officer|Director|Assistant|Strategic|Service|Cabinet|Chief|Deputy|Senior|Principal|Lead|Chair|Clerk|Independent|Executive|Interim|Acting|Corporate|Programme|Project|Team|Leader|Manager)\b)`,
  'gu',
);

/**
 * "Which ward is the Brook Lane scheme in?" answered by lines that name no ward or division (a consultation's dates,
 * the scheme's cost): they say something of the scheme but not where it sits on the council's map, and quoting them
 * reads as the answer the papers do not give. A ward said only as a person's name ("Pam Ward, Head of Service") names
 * no area.
 */
export function omitsAreaAsked(question: string, lines: string[]): boolean {
  if (!asksArea.test(question) || lines.length === 0) return false;
  return !lines.some((line) => namesArea.test(line.replace(personName, ' ')));
}

import { asksForOfficeHolder } from '../../search/analyze-question.js';
import { personTitles } from './answer-kinds.js';

/**
 * "Who is the clerk?" asks for a name: a passage printing the office without its holder ("Parish Clerk" under
 * a signature the text layer lost, "the Clerk reported …") does not answer it. The holder is printed bound to
 * the office: "Clerk: A Name", "Mrs B Name (Clerk)", "A Name, Parish Clerk", "the Clerk, Mrs Name", or a
 * signature block's name and office on adjacent lines, or a name elected or appointed to it.
 */
export function officeAsked(question: string): string | undefined {
  const match = asksForOfficeHolder.exec(question.toLowerCase());
  if (!match) return undefined;
  const last = match[0].split(/[\s-]+/).at(-1)!;
  return last.replace(/(?:man|woman|person)$/, '');
}

/** Whether the text prints a person's name bound to the office (`office` as `officeAsked` gives it). */
export function printsOfficeHolder(text: string, office: string): boolean {
  const officeWords = String.raw`(?:[A-Z][\p{L}-]*\s+){0,3}${capitalisedEither(office)}[\p{L}]*`;
  const forms = [
    String.raw`${officeWords}\s*[:–-]\s*(${name})`,
    String.raw`(${name})\s*\((?:[^()]{0,30}\s)?${capitalisedEither(office)}[\p{L}]*\)`,
    String.raw`(${name}),\s*(?:the\s+)?${officeWords}`,
    String.raw`\b(?:[Tt]he|[Oo]ur)\s+${officeWords},?\s+(${name})`,
    String.raw`^[ \t]*(${name})[ \t]*\n[ \t]*${officeWords}\b[^\n]{0,40}$`,
    String.raw`^[ \t]*${officeWords}[ \t]*\n[ \t]*(${name})[ \t]*$`,
    // An annual meeting's election: "That Cllr A Name be elected Town Mayor for 2031/32".
    String.raw`(${name})\s+(?:be|was|is|were|been)\s+(?:duly\s+|unanimously\s+)?(?:re-)?(?:elected|appointed)\s+(?:as\s+)?(?:the\s+)?${officeWords}`,
  ];
  return forms.some((form) => [...text.matchAll(new RegExp(form, 'gmu'))].some((match) => isPersonName(match[1]!)));
}

// A name: titled ("Mrs C Hardy", "Cllr Ames"), by initials ("J. P. Ames"), or a first name and a surname.
const name = String.raw`(?:(?:${personTitles})\.?\s+(?:[A-Z]\.?\s+){0,3}[A-Z][\p{L}'’-]+|(?:[A-Z]\.?\s+){1,3}[A-Z][\p{L}'’-]{2,}|[A-Z][\p{L}'’-]+\s+[A-Z][\p{L}'’-]{2,})`;

// Words of offices and bodies that are capitalised like names ("Parish Clerk", "Democratic Services").
const notNames = new Set(
  'the parish town county city borough district council committee clerk chair chairman vice deputy assistant secretary treasurer mayor officer services democratic governance minutes meeting report email telephone'.split(
    ' ',
  ),
);

function isPersonName(text: string): boolean {
  const words = text.split(/[\s.]+/).filter((word) => word.length > 1);
  return words.length > 0 && words.every((word) => !notNames.has(word.toLowerCase()));
}

function capitalisedEither(word: string): string {
  return `[${word[0]!.toUpperCase()}${word[0]!.toLowerCase()}]${word.slice(1)}`;
}

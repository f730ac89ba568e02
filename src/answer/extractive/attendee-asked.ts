import { contentTerms } from '../../core/tokenize.js';
import { personTitles, shownKinds } from './answer-kinds.js';

// "Was Councillor Caspar Mellor present …?", "did Cllr Roscoe send apologies …?", "has Mrs Hext attended …?": whether
// one titled person came, sent apologies or stayed away, asked yes or no.
const attendeeAsked = new RegExp(
  String.raw`^\W*(?:was|were|did|has|had|is)\s+(?:${personTitles})\.?\s+((?:\p{Lu}[\p{L}'’-]*\.?\s+){0,3}\p{Lu}[\p{L}'’-]+)\b[^?]*\b(?:present|attend\w*|apolog\w*|absent|there|at\s+the)\b`,
  'u',
);

/** The stems of the person a yes-or-no attendance question names, or none. */
export function askedAttendee(question: string): string[] {
  const name = attendeeAsked.exec(question)?.[1];
  return name ? contentTerms(name) : [];
}

interface Line {
  passageIndex: number;
  text: string;
}

/**
 * Asked whether one person came ("was Councillor Mellor present?"), the attendance line naming them answers, yes
 * or no: the Present line when they came, the apologies or Absent line when they did not. The Present line that
 * shares the question's word "present" but not their name says nothing of them. The lines chosen that name the
 * person, else the attendance lines of the chosen passages that do; the chosen lines as they are when no
 * attendance line names the person.
 */
export function linesNamingAttendee<T extends Line>(question: string, chosen: T[], scored: readonly T[]): T[] {
  const surname = askedAttendee(question).at(-1);
  if (!surname) return chosen;
  const names = (line: T) => contentTerms(line.text).includes(surname);
  const attendance = (line: T) => shownKinds(line.text).has('attendance');
  const naming = chosen.filter(names);
  if (naming.some(attendance)) return naming;
  const passages = new Set(chosen.map((line) => line.passageIndex));
  const elsewhere = scored.filter((line) => passages.has(line.passageIndex) && attendance(line) && names(line));
  return elsewhere.length > 0 ? elsewhere : chosen;
}

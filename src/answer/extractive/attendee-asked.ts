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

type Listed = 'present' | 'apologies' | 'absent';

// The list a line names its people on: "Apologies for absence: …" is the apologies, "Absent: …" those who sent none.
function listOf(line: string): Listed | undefined {
  if (/\bapolog|\bregrets\b|\bexcused\b/i.test(line)) return 'apologies';
  if (/\babsent\b|\bnot present\b/i.test(line)) return 'absent';
  if (/\bpresent\b|\bin attendance\b|\battend(?:ees|ance)\b/i.test(line)) return 'present';
  return undefined;
}

const saidOf: Record<Listed, string> = {
  present: 'listed as present',
  apologies: 'listed among the apologies',
  absent: 'listed as absent',
};

/**
 * "Was Councillor Mellor present?" answered by the apologies line naming him: "No, listed among the apologies.", yes
 * or no as the list naming the person says, read before the line it quotes. Undefined when the question names no
 * attendee or no quoted line lists them.
 */
export function attendeeVerdict(question: string, quoted: readonly string[]): string | undefined {
  const surname = askedAttendee(question).at(-1);
  if (!surname) return undefined;
  const listed = quoted
    .filter((line) => contentTerms(line).includes(surname))
    .map(listOf)
    .find((list) => list !== undefined);
  if (!listed) return undefined;
  const asked: Listed = /\bapolog/i.test(question) ? 'apologies' : /\babsent\b/i.test(question) ? 'absent' : 'present';
  const yes = asked === 'absent' ? listed !== 'present' : listed === asked;
  return `${yes ? 'Yes' : 'No'}, ${saidOf[listed]}:`;
}

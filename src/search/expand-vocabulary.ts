import { words } from '../core/tokenize.js';
import synonymData from './local-government-synonyms.json' with { type: 'json' };

export interface GlossaryEntry {
  short: string;
  long: string;
}

/** Wording the question used, and other ways the papers may say the same thing. */
export interface Expansion {
  used: string;
  alternatives: string[];
}

const synonymGroups: string[][] = synonymData.groups;

/**
 * Bridges vocabulary without a model: acronyms mined from the papers ("EHE" ↔ "Elective Home
 * Education") and general synonyms, the latter only where the question's own wording is rare in
 * the index, so common words are not diluted.
 */
export function expandVocabulary(
  question: string,
  glossary: GlossaryEntry[],
  phraseFrequency: (phrase: string) => number,
): Expansion[] {
  const lower = ` ${words(question).join(' ')} `;
  const expansions = new Map<string, Set<string>>();
  const add = (used: string, alternative: string) => {
    const key = used.toLowerCase();
    expansions.set(key, (expansions.get(key) ?? new Set()).add(alternative.toLowerCase()));
  };
  for (const { short, long } of glossary) {
    if (new RegExp(`\\b${short}s?\\b`).test(question)) add(short, long);
    const longWords = words(long).join(' ');
    if (lower.includes(` ${longWords} `)) add(longWords, short);
  }
  // "Three or more moves" in a question, "3 or more placement moves" in the report.
  for (const word of lower.trim().split(' ')) {
    const digits = numberWords.indexOf(word);
    if (digits > 0) add(word, String(digits));
  }
  for (const group of synonymGroups) {
    const used = usedPhrase(group, lower);
    if (!used || phraseFrequency(used) > 2) continue;
    for (const phrase of group) if (phrase !== used) add(used, phrase);
  }
  return [...expansions].map(([used, alternatives]) => ({ used, alternatives: [...alternatives] }));
}

// Index = value: papers print numbers as digits where questions spell them ("three", "twelve").
const numberWords =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
    ' ',
  );

/** The synonym-list phrases a question uses: those whose frequency in the papers decides expansion. */
export function synonymPhrasesUsed(question: string): string[] {
  const lower = ` ${words(question).join(' ')} `;
  return synonymGroups.flatMap((group) => usedPhrase(group, lower) ?? []);
}

function usedPhrase(group: string[], paddedWords: string): string | undefined {
  return group.find((phrase) => paddedWords.includes(` ${words(phrase).join(' ')} `));
}

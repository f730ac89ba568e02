import synonymData from './local-government-synonyms.json' with { type: 'json' };
import { contentTerms, words } from '../text/tokenize.js';

export interface GlossaryEntry {
  short: string;
  long: string;
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
  documentFrequency: (stem: string) => number,
): string[] {
  const lower = ` ${words(question).join(' ')} `;
  const expansions = new Set<string>();
  for (const { short, long } of glossary) {
    if (new RegExp(`\\b${short}s?\\b`).test(question)) expansions.add(long.toLowerCase());
    if (lower.includes(` ${words(long).join(' ')} `)) expansions.add(short.toLowerCase());
  }
  for (const group of synonymGroups) {
    const used = group.find((phrase) => lower.includes(` ${words(phrase).join(' ')} `));
    if (!used || !isRare(used, documentFrequency)) continue;
    for (const phrase of group) if (phrase !== used) expansions.add(phrase);
  }
  return [...expansions];
}

function isRare(phrase: string, documentFrequency: (stem: string) => number): boolean {
  return contentTerms(phrase).some((stem) => documentFrequency(stem) <= 2);
}

import { contentTerms } from '../../core/tokenize.js';

// A run of capitalised words: "Trinity Saint David", "Dr Ama Boateng", "Minister Williams".
const capitalisedRun = /\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/gu;

/**
 * The stems of each name a question types in capitals, titles set aside: one entry a run of
 * capitalised words, so that the words of one name stay together.
 */
export function typedNames(question: string, titles: ReadonlySet<string>): string[][] {
  return [...question.matchAll(capitalisedRun)]
    .map((match) => contentTerms(match[0]).filter((stem) => !titles.has(stem)))
    .filter((stems) => stems.length > 0);
}

/**
 * Whether a name the question types is this speaker's: at least half its words are words of the
 * speaker's name ("Minister Williams", a misspelt "Devon Achterburg" for Devon Achterberg), not one
 * word shared by another name ("Trinity Saint David" is no question about Hefin David).
 */
export function namesSpeaker(names: string[][], speakerStems: readonly string[], stem: string): boolean {
  return names.some(
    (name) => name.includes(stem) && name.filter((word) => speakerStems.includes(word)).length * 2 >= name.length,
  );
}

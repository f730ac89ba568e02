import type { QuestionIntent } from './analyze-question.js';

/**
 * The phrases a full-text search ORs: the question's words, its adjacent word pairs, and
 * expansions. Words `isCommon` marks are left out on their own unless nothing else would remain.
 */
export function buildSearchPhrases(
  questionWords: string[],
  expansions: string[],
  isCommon: (word: string) => boolean = () => false,
): string[] {
  const terms = new Set<string>();
  const distinctive = questionWords.filter((word) => !isCommon(word));
  for (const word of distinctive.length > 0 ? distinctive : questionWords) terms.add(word);
  for (let index = 0; index + 1 < questionWords.length; index += 1) {
    terms.add(`${questionWords[index]} ${questionWords[index + 1]}`);
  }
  for (const phrase of expansions) terms.add(phrase);
  return [...terms];
}

/**
 * What papers print where a question of this kind is answered, though the question never types it
 * ("when does the SPC sit again?" is answered by a "next meeting" line): searched as well, never weighed as evidence.
 */
export function intentPhrases(intent: QuestionIntent): string[] {
  switch (intent) {
    case 'next-meeting':
      return ['next meeting', 'date of next meeting'];
    case 'author':
      return ['report author', 'contact officer'];
    default:
      return [];
  }
}

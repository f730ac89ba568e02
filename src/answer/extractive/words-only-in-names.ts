import { contentTerms } from '../../core/tokenize.js';

// A proper name of two or more capitalised words ("Cold Lake", "City of Cold Lake", "Nickel Belt"):
// "of", "of the" and "and" may join them ("Minerals and Waste Local Plan"); a possessive ends one ("the
// County Council's plan"). Words in capitals ("PANDEMIC") are headings, not names.
const properName =
  /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{Ll}-]+(?:\s+(?:(?:of|and)\s+(?:the\s+)?)?\p{Lu}[\p{Ll}-]+)+(?![\p{L}\p{N}'’-])/gu;

/**
 * The question's stems that a text prints only inside proper names the question does not name: asked
 * about "cold weather payments", a passage on "the City of Cold Lake" holds "cold" only as a place's
 * name, and "seat belts" are not the riding of "Nickel Belt". The question names such a name when it
 * holds another of its words ("the Cold Lake dispute", "the emergency response benefit" for "Canada
 * Emergency Response Benefit"). Words of `bridged` (the question's words an acronym or synonym stands
 * in for, and what they stand for) are never returned: the glossary judges those. A sentence's
 * capitalised first word ("Parks are opening") stands alone and is no name; a function word opening a
 * run ("The Harbour Trust") is not one of its words.
 */
export function wordsOnlyInNames(
  text: string,
  question: readonly string[],
  bridged: readonly string[] = [],
): Set<string> {
  const asked = new Set(question);
  const glossed = new Set(bridged);
  const unnamed: string[] = [];
  let rest = '';
  let from = 0;
  for (const match of text.matchAll(properName)) {
    const stems = new Set(contentTerms(match[0]));
    const askedOfName = [...stems].filter((stem) => asked.has(stem));
    // Named by the question when it asks two of the name's words; a name of one content word is no run.
    if (stems.size < 2 || askedOfName.length !== 1 || glossed.has(askedOfName[0]!)) continue;
    unnamed.push(askedOfName[0]!);
    rest += `${text.slice(from, match.index)} `;
    from = match.index + match[0].length;
  }
  if (unnamed.length === 0) return new Set();
  const elsewhere = new Set(contentTerms(rest + text.slice(from)));
  return new Set(unnamed.filter((stem) => !elsewhere.has(stem)));
}

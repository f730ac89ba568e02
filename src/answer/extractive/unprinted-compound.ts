import { contentTerms, words } from '../../core/tokenize.js';
import { type Expansion, hasSynonyms } from '../../search/expand-vocabulary.js';

export interface UnprintedCompound {
  /** The words it modifies that the passages print as the last word of a name ("the land at Kestrel Farm"). */
  naming: string[];
}

/**
 * The question's unseen word as the modifier that names its topic: typed directly before a word the
 * passages found print after other words of their own ("a new bowling centre" where they hold "Community
 * Centre", "a wind farm" beside "Kestrel Farm"). That compound is what is asked about and the papers do
 * not hold it, so the unseen word is not the asker's vocabulary to forgive; and a word it modifies that
 * the passages print as the end of a name inside a sentence ("the lease of Heathside Community Centre")
 * names another place, not the thing asked about. Undefined when the vocabulary bridges the word (a synonym or a spelled-out
 * acronym); when it is a misspelling or a prefixed form of a word the passages print ("libary services",
 * "unapproved minutes"); when it is an adjective rather than a noun ("aquatic gardens"); when it is
 * not typed before another content word ("home schooling": the unseen word is the head); and when the
 * passages print the next word with no modifier ("the centre").
 */
export function unprintedCompound(
  question: string,
  unseenStem: string,
  passageTexts: string[],
  expansions: Expansion[],
): UnprintedCompound | undefined {
  if (hasSynonyms(unseenStem) || expansions.some((expansion) => contentTerms(expansion.used).includes(unseenStem)))
    return undefined;
  const typed = words(question);
  const heads = new Set<string>();
  let unseenWord = '';
  typed.forEach((word, index) => {
    if (stemOf(word) !== unseenStem) return;
    unseenWord = word;
    // An adjective qualifies the thing ("aquatic gardens"); a noun before a noun names a kind of it.
    if (adjectiveEnding.test(word)) return;
    const head = stemOf(typed[index + 1] ?? '');
    if (head) heads.add(head);
  });
  if (heads.size === 0) return undefined;
  let modified = false;
  const naming = new Set<string>();
  for (const text of passageTexts) {
    const printed = words(text);
    if (printed.some((word) => misspelledAs(unseenWord, word) || prefixedForm(unseenWord, word))) return undefined;
    printed.forEach((word, index) => {
      if (index === 0 || !heads.has(stemOf(word) ?? '')) return;
      const before = printed[index - 1]!;
      const modifier = stemOf(before);
      if (modifier && modifier !== unseenStem && !/\d/.test(before)) modified = true;
    });
    for (const match of text.matchAll(nameInSentence)) {
      const head = stemOf(match[1]!);
      if (head && heads.has(head)) naming.add(head);
    }
  }
  return modified ? { naming: [...naming] } : undefined;
}

// A name inside a sentence: after a word in lower case on the same line, capitalised words ending in the
// one captured ("the land at Kestrel Farm."); a heading's capitals are no name.
const nameInSentence =
  /(?<=\b\p{Ll}[\p{L}'’]*[^\S\n]+)(?:\p{Lu}[\p{L}'’]*[^\S\n]+)+(\p{Lu}[\p{L}'’]*)\b(?![^\S\n]+\p{Lu})/gu;

const adjectiveEnding = /(?:al|ic|ive|ous|ful|less|able|ible)$/;

function stemOf(word: string): string | undefined {
  return contentTerms(word)[0];
}

/**
 * One letter wrong, missing, extra or two swapped, in a word long enough that this is a slip of the
 * keyboard rather than another word ("wind" and "wine" are both words).
 */
function misspelledAs(typed: string, printed: string): boolean {
  if (typed.length < 5 || typed === printed || Math.abs(typed.length - printed.length) > 1) return false;
  return editDistance(typed, printed) <= 1;
}

/** A printed word with a short prefix the index never saw on it ("unapproved" of "approved"). */
function prefixedForm(typed: string, printed: string): boolean {
  return (
    printed.length >= 5 &&
    typed.length > printed.length &&
    typed.length - printed.length <= 3 &&
    typed.endsWith(printed)
  );
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  let beforePrevious = previous;
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, beforePrevious[j - 2]! + 1);
      current.push(best);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

import { contentTerms } from '../../core/tokenize.js';

// A possessive's owner: up to this many words before "'s", of which the run of content words is kept.
const ownerWords = 5;
// Words that open a noun phrase, and so mark where an owner starts.
const determiners = new Set('the a an this that these those its their our your his her'.split(' '));
const possessive = new RegExp(
  `((?:[\\p{L}\\p{N}-]+\\s+){0,${ownerWords - 1}}[\\p{L}\\p{N}-]+)['’]s(?![\\p{L}\\p{N}])`,
  'gu',
);

/**
 * The owners of the question's possessives that it spells out in several words of everyday type: "the
 * regional ferry operator's timetable" asks about one body, the operator, and its words stand for it
 * together. Each owner is returned as the stems of its words that are among the question's `topic`
 * stems, the words before it that carry no topic ("the", "what") left out. A person's or a body's
 * capitalised name ("Dr Ana Ruiz's", "Harbour Trust's") is left to the typed-name checks, and a
 * one-word owner ("the council's") names nothing more than its word does.
 */
export function possessiveOwners(question: string, topic: readonly string[]): string[][] {
  const owners: string[][] = [];
  for (const match of question.matchAll(possessive)) {
    const spelled = match[1]!.split(/\s+/);
    // The owner is the run of content words that ends at the possessive: "about the X Y's" gives X Y.
    const run: string[] = [];
    let before: string | undefined;
    for (const word of spelled.reverse()) {
      if (contentTerms(word).length === 0) {
        before = word;
        break;
      }
      run.unshift(word);
    }
    // Only a noun phrase a determiner opens: without one nothing marks where the owner starts, and the
    // run takes in a verb ("to review harbour board's budgets" is not about a "review harbour board").
    if (!before || !determiners.has(before.toLowerCase())) continue;
    if (run.length < 2 || run.every((word) => /^\p{Lu}/u.test(word))) continue;
    const stems = [...new Set(run.flatMap((word) => contentTerms(word)))].filter((stem) => topic.includes(stem));
    if (stems.length >= 2) owners.push(stems);
  }
  return owners;
}

/**
 * The stems a passage holds, less the words of an owner it holds only some of: a passage on the
 * ferry's crew that never names the operator does not speak of the operator, however rare "ferry" is.
 */
export function withoutPartOwners(present: Set<string>, owners: string[][]): Set<string> {
  const partial = owners.filter((owner) => !owner.every((stem) => present.has(stem)));
  if (partial.length === 0) return present;
  const dropped = new Set(partial.flat());
  return new Set([...present].filter((stem) => !dropped.has(stem)));
}

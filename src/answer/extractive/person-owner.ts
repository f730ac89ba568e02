import type { Chunk } from '../../core/chunk.js';
import { contentTerms } from '../../core/tokenize.js';
import { passageContext } from './score-evidence.js';

// "Thomas Galbraith's personal licence": a first name and a surname, each capitalised, before "'s", and
// the thing owned, up to the end of its noun phrase (a stop or a joining word).
const personPossessive =
  /(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}+\s+(\p{Lu}[\p{L}-]*\p{Ll})['’]s\s+((?:(?!(?:in|on|at|for|of|about|to|from|by|with|and|or|over|under|after|before|since|during)\b)[\p{L}\p{N}-]+\s*){1,4})/gu;

/** A person asked about as an owner: the stems of the surname and of the thing owned. */
export interface PersonOwner {
  person: string[];
  owned: string[];
}

/**
 * The people whose thing the question asks about ("Thomas Galbraith's personal licence" gives galbraith and
 * person, licenc). Many such owners are places or premises ("Wrenham Market's stalls"); their passages print
 * the name with the thing as well, so reading them the same way asks nothing more of a passage.
 */
export function personOwners(question: string): PersonOwner[] {
  return [...question.matchAll(personPossessive)]
    .map((match) => ({ person: contentTerms(match[1]!), owned: contentTerms(match[2]!) }))
    .filter((owner) => owner.person.length > 0);
}

/**
 * Whether a passage may answer of those owners' things. A passage naming the person (in its text, heading or
 * among a transcript's speakers, whose names a turn does not repeat) must hold every word of the thing that any
 * passage at hand prints; a passage not naming the person holds nothing of it: a licence revoked from another
 * holder says nothing of this one's, and the holder named over another kind of licence neither.
 */
export function answersOfOwners(
  chunk: Chunk,
  owners: readonly PersonOwner[],
  printedAtHand: ReadonlySet<string>,
): boolean {
  if (owners.length === 0) return true;
  const printed = new Set(contentTerms([passageContext(chunk), ...(chunk.speakers ?? [])].join('\n')));
  return owners.every(
    (owner) =>
      owner.person.every((stem) => printed.has(stem)) &&
      owner.owned.every((stem) => !printedAtHand.has(stem) || printed.has(stem)),
  );
}

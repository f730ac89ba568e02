import type { Chunk } from '../../core/chunk.js';
import { contentTerms } from '../../core/tokenize.js';
import { passageContext } from './score-evidence.js';

// "Thomas Galbraith's personal licence": a first name and a surname, each capitalised, before "'s", and
// the thing owned, up to the end of its noun phrase (a stop or a joining word). A title is no first name:
// "Councillor Sennior's interest" is typed from memory, often misspelt, and minutes print the member's name their own way.
const personPossessive =
  /(?<![\p{L}\p{N}'’-])(?!(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Doctor|Professor|Prof|Sir|Dame|Lord|Lady|Alderman|Mayor|Supervisor|Commissioner|Senator|Minister|Judge)\b)\p{Lu}\p{Ll}+\s+(\p{Lu}[\p{L}-]*\p{Ll})['’]s\s+((?:(?!(?:in|on|at|for|of|about|to|from|by|with|and|or|over|under|after|before|since|during)\b)[\p{L}\p{N}-]+\s*){1,4})/gu;

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
 * Which passages may answer of those owners' things. A passage not naming the person (in its text, heading, its
 * body's or paper's name, or among a transcript's speakers, whose names a turn does not repeat) holds nothing of
 * them; one naming the person must also hold each word of the thing that a passage on someone else prints: a
 * licence revoked from another holder says nothing of this one's, nor does the holder named over another kind of
 * licence.
 */
export function answeringOfOwners(chunks: readonly Chunk[], owners: readonly PersonOwner[]): boolean[] {
  if (owners.length === 0) return chunks.map(() => true);
  const printed = chunks.map((chunk) => {
    // "Wrenham Market's reconciliation": a passage of that town council's own papers need not print its name.
    const own = [chunk.committee, chunk.authority ?? '', chunk.partTitle];
    return new Set(contentTerms([passageContext(chunk), ...(chunk.speakers ?? []), ...own].join('\n')));
  });
  const names = printed.map((stems) => owners.every((owner) => owner.person.every((stem) => stems.has(stem))));
  const ofOthers = new Set(printed.filter((_, index) => !names[index]).flatMap((stems) => [...stems]));
  return printed.map(
    (stems, index) =>
      names[index]! && owners.every((owner) => owner.owned.every((stem) => !ofOthers.has(stem) || stems.has(stem))),
  );
}

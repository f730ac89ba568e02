import type { Chunk } from '../../core/chunk.js';
import { escapeRegExp } from '../../core/escape-reg-exp.js';

// "kent's health overview and scrutiny committee", "the harbour works board": the words typed before the
// body's kind, back to the first word that is no part of a name (a determiner, a verb, a possessive owner).
// An Irish county's members sit in municipal districts named by place ("the Newcastle West municipal district").
const beforeCommittee =
  /((?:[\p{L}&'’-]+\s+){1,8})(?:sub-)?(?:committee|commission|board|panel|forum|municipal\s+district)\b/giu;
const notNameWord = new Set(
  'we they you i it the a an this that these those its their our your his her what which who whom whose when where why how did does do has have had is was were will would can could should say said tell told decide decided agree agreed hear heard recommend at by from for to in on with about of into before after per each every many much all any some both'.split(
    ' ',
  ),
);
// Joining words inside a name ("audit and governance") say nothing of which committee it is.
const joiners = new Set(['and', '&', 'of']);

/** The name words of each committee, commission, board, panel, forum or municipal district a question types ("health", "overview", "scrutiny"), if two or more. */
export function committeeNamesTyped(question: string): string[][] {
  return [...question.matchAll(beforeCommittee)]
    .map((match) => {
      const words = match[1]!.toLowerCase().trim().split(/\s+/);
      const name: string[] = [];
      for (const word of words.reverse()) {
        if (notNameWord.has(word) || /['’]s$/.test(word)) break;
        name.unshift(word);
      }
      return name.filter((word) => !joiners.has(word));
    })
    .filter((name) => name.length >= 2);
}

/**
 * Whether a committee the question names by two or more words is printed nowhere in the passages: none is of
 * it and none names it, so what that committee said or did is not in them, however well they match the topic
 * ("the overview and scrutiny committee's view" is not in a cabinet report that never mentions scrutiny). The
 * authority a passage's paper belongs to counts: "the national park planning committee" is that authority's.
 */
export function committeeTypedAbsent(question: string, chunks: Chunk[]): boolean {
  if (chunks.length === 0) return false;
  // "The national park planning committee": the authority a committee belongs to names it too.
  const texts = chunks
    .map((chunk) => `${chunk.authority ?? ''} ${chunk.committee} ${chunk.headingPath.join(' ')} ${chunk.text}`)
    .join('\n');
  // "transport" of "Transportation", "service" of "Services"; a compound typed with a hyphen ("anglo-dutch")
  // is printed however the paper joins its halves ("Anglo- Dutch" across a PDF's wrap, "Anglo Dutch").
  const printed = (word: string) =>
    new RegExp(
      `(?<![\\p{L}])${word.replace(/s$/, '').split(/[-‐–]/).map(escapeRegExp).join('\\s*[-‐–]?\\s*')}`,
      'iu',
    ).test(texts);
  return committeeNamesTyped(question).some((name) => !name.every(printed));
}

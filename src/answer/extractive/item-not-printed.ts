import { monthNames } from '../../core/dates.js';
import { escapeRegExp } from '../../core/escape-reg-exp.js';
import { contentTerms } from '../../core/tokenize.js';
import { findPaperReference, holdsReference } from '../../search/paper-reference.js';

// "Under item 8.7", "minute 12", "paragraph 4.3": a numbered part of the papers, asked for by its number.
const itemAsked =
  /\b(?:agenda item|item|minute|min\.|paragraph|para\.?)\s+(?:no\.?\s*)?(\d{1,3}(?:\.\d{1,3})*)(?![\d.]?\d)/i;

/**
 * "What was decided under item 8.7?" when the passages quoted number their parts 8.1 to 8.6: the part asked for
 * is not in them, and quoting a neighbouring part reads as its business. True only when the question names a
 * part by number and none of the quoted passages (their text, minute number or title) prints that number.
 */
export function asksForItemNotPrinted(question: string, passages: string[]): boolean {
  // "What's in appendix 3?" when the passages name only its Appendix 1: quoting another reads as its contents.
  const reference = findPaperReference(question);
  const appendixNotPrinted =
    reference?.label === 'appendix' && passages.length > 0 && !passages.some((text) => holdsReference(text, reference));
  if (
    appendixNotPrinted ||
    asksForProvisionNotPrinted(question, passages) ||
    asksForNumberedThingNotPrinted(question, passages) ||
    asksForThingElsewhere(question, passages)
  )
    return true;
  const asked = itemAsked.exec(question)?.[1];
  if (!asked || passages.length === 0) return false;
  const printed = new RegExp(String.raw`(?<![\d.])${escapeRegExp(asked)}(?![\d]|\.\d)`);
  return !passages.some((text) => printed.test(text));
}

// "The Part 8", "a Section 183 disposal", "the s137 payment": a procedure named by the part or section of the act
// that sets it up. Sections below 20 are left out: a report's own numbered sections are asked for that way. A
// possessive is no section ("Kent's 25-year plan").
const provisionAsked = /(?<![\w'’])(?:(part)\s+(\d{1,2})|(?:section|s\.?)\s*(\d{2,3}[a-z]?))\b/i;
const romanNumerals = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/**
 * "Did the members approve the Part 8 for the bypass?" when the passages on the bypass never mention a Part 8: the
 * procedure asked about has not reached them, and quoting other talk of the bypass reads as its outcome. The
 * passages print a part as "Part 8" or "Part VIII", a section as "Section 183", "s.183" or "s183".
 */
function asksForProvisionNotPrinted(question: string, passages: string[]): boolean {
  const match = provisionAsked.exec(question);
  if (!match || passages.length === 0) return false;
  const printed = match[1]
    ? String.raw`\bpart\s*(?:${match[2]}|${romanNumerals[Number(match[2]) - 1] ?? match[2]})\b`
    : Number.parseInt(match[3]!, 10) < 20
      ? undefined
      : String.raw`\b(?:section|s\.?)\s*${escapeRegExp(match[3]!)}\b`;
  if (!printed) return false;
  const pattern = new RegExp(printed, 'i');
  return !passages.some((text) => pattern.test(text));
}

// "Pump 3", "phase 2", "unit 14": one of several things of a kind, told apart by its number. A number followed by
// a plural ("received 12 objections") or a measure counts things rather than names one.
const numberedThing =
  /\b([a-z]{3,})\s+(?:no\.?\s*)?(\d{1,2})\b(?![.,:/]\d|\s*(?:%|(?!(?:was|has|is|does|as|its|this)\b)[a-z]+s\b|per\b|am\b|pm\b))/gi;
// Words typed before a number that are not a kind of thing: when, how many, in what order ("the 3", "on 4",
// "last 6", "March 3"). Parts of the papers are left to the readers above.
const notKinds = new Set([
  ...monthNames,
  ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  ...['and', 'or', 'nor', 'the', 'for', 'from', 'with', 'into', 'onto', 'than', 'over', 'under', 'about', 'after'],
  ...['before', 'within', 'between', 'around', 'some', 'all', 'any', 'only', 'just', 'last', 'next', 'first', 'past'],
  ...['every', 'least', 'most', 'nearly', 'almost', 'approximately', 'roughly', 'top', 'was', 'were', 'are', 'has'],
  ...['had', 'have', 'did', 'does', 'will', 'would', 'could', 'should', 'can', 'may', 'aged', 'age', 'year', 'years'],
  ...['item', 'minute', 'paragraph', 'para', 'part', 'section', 'appendix', 'annex', 'page', 'covid'],
]);

/**
 * "How much did the repair of pump 3 cost?" when the passages tell of the repair of Pump 2 only: the thing asked
 * for is another of its kind, and quoting its neighbour's cost reads as the answer. True only when the passages
 * number the same kind ("Pump 2", "pumps 1 and 2") and never with the number asked; a kind they do not number
 * says nothing of which one they mean.
 */
function asksForNumberedThingNotPrinted(question: string, passages: string[]): boolean {
  for (const [, kind, number] of question.matchAll(numberedThing)) {
    const word = kind!.toLowerCase();
    if (notKinds.has(word)) continue;
    const printed = new RegExp(
      String.raw`\b${escapeRegExp(word)}s?\s+(?:nos?\.?\s*)?(\d{1,2}(?:\s*(?:,|and|&|or|to|-|–)\s*\d{1,2})*)\b(?![.,:/]\d)`,
      'gi',
    );
    const lists = passages.flatMap((text) => [...text.matchAll(printed)].map((match) => match[1]!));
    if (lists.length > 0 && !lists.some((list) => holdsNumber(list, Number(number)))) return true;
  }
  return false;
}

// "2, 3 and 5" holds 3; so does the range "1 to 4" or "1-4".
function holdsNumber(list: string, number: number): boolean {
  const numbers = list.match(/\d+/g)!.map(Number);
  if (numbers.includes(number)) return true;
  return /\d\s*(?:to|-|–)\s*\d/.test(list) && number > Math.min(...numbers) && number < Math.max(...numbers);
}

// "The water rescue unit at Kettlewick": one of a kind told apart by the place it is at, typed with its capital.
const placeName = String.raw`(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)`;
const thingAtPlace = new RegExp(String.raw`\b(\p{Ll}{3,})\s+at\s+${placeName}`, 'gu');
// Verbs of where something happens, not what is there ("held at", "spoke at"); past tenses in -ed are left out too.
const placingVerbs = new Set([
  ...['held', 'look', 'looks', 'arrive', 'meet', 'meets', 'met', 'sit', 'sat', 'stay', 'say', 'said', 'says'],
  ...['spoke', 'speak', 'made', 'done', 'paid', 'took', 'put', 'stand', 'stood', 'work'],
]);
// Where a sentence ends: a stop and a space, or a line break.
const sentenceEnd = /(?<=[.!?;])\s+|\n/;

/**
 * "What was decided about the water rescue unit at Kettlewick?" when the passages tell of "a water rescue unit at
 * Holmebridge Central": the unit asked for is another, and quoting the decision on this one reads as the answer.
 * True only when the passages place the same kind at another place and no sentence of theirs telling of that kind
 * names the place asked (a pilot "at Kettlewick and Rawdon Moor" still answers for Kettlewick). A verb's "at" (held,
 * looked) places no thing.
 */
function asksForThingElsewhere(question: string, passages: string[]): boolean {
  for (const [, kind, place] of question.matchAll(thingAtPlace)) {
    if (/(?:ed|ing)$/.test(kind!) || notKinds.has(kind!) || placingVerbs.has(kind!)) continue;
    const ofKind = new RegExp(String.raw`\b${escapeRegExp(kind!)}s?\b`, 'iu');
    const sentences = passages.flatMap((text) => text.split(sentenceEnd)).filter((sentence) => ofKind.test(sentence));
    // "At Rillingham's Seafront": any word of the place asked, a possessive's owner too, names it.
    const words = place!.split(/\s+/).map((word) => escapeRegExp(word.replace(/['’]s$/u, '')));
    const asked = new RegExp(String.raw`\b(?:${words.join('|')})\b`, 'iu');
    if (sentences.some((sentence) => asked.test(sentence))) continue;
    // Only the kind's first letter is read in either case: the place must keep its capital ("at the end" is no place).
    const kindTyped = `[${kind![0]!.toUpperCase()}${kind![0]}]${escapeRegExp(kind!.slice(1))}`;
    const elsewhere = new RegExp(String.raw`\b${kindTyped}s?\s+at\s+${placeName}`, 'gu');
    if (sentences.some((sentence) => [...sentence.matchAll(elsewhere)].length > 0)) return true;
  }
  return false;
}

// "At the Old Forge site", "at Brook Farm": a place typed by its capitalised name after "at".
const siteAsked = new RegExp(String.raw`\bat\s+${placeName}`, 'u');
const sittingAfter =
  /^[.\s]*(?:\p{Lu}[\p{L}'’-]*\s+)*(?:assembly|meeting|council|committee|board|cabinet|forum|panel|commission|authority|sitting|vestry)\b/iu;
const calendarWords = new RegExp(
  String.raw`\b(?:${monthNames.join('|')}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`,
  'giu',
);

/**
 * "How many homes are proposed at the Old Forge site?" answered from the Former Gasworks item while the Old Forge
 * item sits among the passages found: the place asked is printed, but not by any item quoted, so the quoted lines
 * are of another site and read as its answer. True only when the question places its topic at a capitalised name
 * and one passage not quoted prints every word of it that no quoted item prints (its text, title, heading or
 * body); a name the passages never print is judged by how well they cover the question (see enough-evidence.ts).
 */
export function namesSiteNotQuoted(question: string, quotedItems: string[], otherItems: string[]): boolean {
  const asked = siteAsked.exec(question);
  const site = asked?.[1];
  // "At the St. Cléry assembly", "at the Westmarch cabinet": a body's sitting, not a site; its passages name it by
  // whose papers they are (see enough-evidence.ts).
  if (!site || sittingAfter.test(question.slice(asked.index + asked[0].length))) return false;
  const quoted = new Set(quotedItems.flatMap((item) => contentTerms(item)));
  // "At the March meeting" places nothing: a month or a weekday is when, not where.
  const missing = contentTerms(site.replace(calendarWords, ' ')).filter((stem) => !quoted.has(stem));
  if (missing.length === 0) return false;
  return otherItems.some((item) => {
    const printed = new Set(contentTerms(item));
    return missing.every((stem) => printed.has(stem));
  });
}

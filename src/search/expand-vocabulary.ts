import { contentTerms, words } from '../core/tokenize.js';
import synonymData from './local-government-synonyms.json' with { type: 'json' };

export interface GlossaryEntry {
  short: string;
  long: string;
}

/** Wording the question used, and other ways the papers may say the same thing. */
export interface Expansion {
  used: string;
  alternatives: string[];
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
  phraseFrequency: (phrase: string) => number,
): Expansion[] {
  const lower = ` ${words(question).join(' ')} `;
  const expansions = new Map<string, Set<string>>();
  const add = (used: string, alternative: string) => {
    const key = used.toLowerCase();
    expansions.set(key, (expansions.get(key) ?? new Set()).add(alternative.toLowerCase()));
  };
  for (const { short, long, mention, longWords } of readGlossary(glossary)) {
    if (mention.test(question)) add(short, long);
    if (lower.includes(` ${longWords} `)) add(longWords, short);
  }
  // "Three or more moves" in a question, "3 or more placement moves" in the report.
  for (const word of lower.trim().split(' ')) {
    const digits = numberWords.indexOf(word);
    if (digits > 0) add(word, String(digits));
  }
  for (const { used, alternatives } of spelledAmounts(lower))
    for (const alternative of alternatives) add(used, alternative);
  for (const { used, alternatives } of clockTimes(question))
    for (const alternative of alternatives) add(used, alternative);
  for (const group of synonymGroups) {
    const used = usedPhrase(group, lower);
    if (!used || phraseFrequency(used) > 2) continue;
    for (const phrase of group) if (phrase !== used) add(used, phrase);
  }
  return [...expansions].map(([used, alternatives]) => ({ used, alternatives: [...alternatives] }));
}

// "4pm", "4.30 p.m.", "10am": a time of day as typed.
const clockTime = /\b(\d{1,2})(?:[.:](\d{2}))?\s?([ap])\.?m\b\.?/gi;

/**
 * A time typed one way ("4pm") and printed another ("4.00 p.m.", "4 pm", "16:00"): the ways a paper may print it,
 * each as words the index holds (the letters of "p.m." are no words of their own).
 */
function clockTimes(question: string): Expansion[] {
  return [...question.matchAll(clockTime)].flatMap((match) => {
    const hour = Number(match[1]);
    if (hour < 1 || hour > 12) return [];
    const minutes = match[2] ?? '00';
    const half = match[3]!.toLowerCase();
    const hours24 = half === 'p' && hour < 12 ? hour + 12 : half === 'a' && hour === 12 ? 0 : hour;
    const used = words(match[0]).join(' ');
    const compact = minutes === '00' ? `${hour}${half}m` : `${hour}.${minutes}${half}m`;
    // A licence or timetable prints the 24-hour clock with two digits: "03:00", "09:30".
    const clock24 = `${String(hours24).padStart(2, '0')}:${minutes}`;
    const printed = [
      `${hour}.${minutes} ${half}.m.`,
      `${hour}:${minutes} ${half}m`,
      compact,
      `${hours24}:${minutes}`,
      ...(hours24 < 10 ? [clock24] : []),
    ];
    return [{ used, alternatives: printed.filter((alternative) => words(alternative).join(' ') !== used) }];
  });
}

// Index = value: papers print numbers as digits where questions spell them ("three", "twelve").
const numberWords =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
    ' ',
  );

const tensWords = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
const scaleWords: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

/**
 * "Four hundred thousand pounds", "two million", "fifteen hundred": an amount spelled out in words, which papers
 * print in digits ("£400,000", "£2 million", "1500"). Only phrases with a scale word are read: a lone "four" is
 * the single-word rule's. A million prints as "2 million" as often as "2000000", so both are given.
 */
export function spelledAmounts(paddedWords: string): Expansion[] {
  const found: Expansion[] = [];
  const tokens = paddedWords.trim().split(' ');
  let start = 0;
  while (start < tokens.length) {
    let end = start;
    let total = 0;
    let group = 0;
    let scaled = false;
    while (end < tokens.length) {
      const word = tokens[end]!;
      const unit = numberWords.indexOf(word);
      const tens = tensWords.indexOf(word);
      const scale = scaleWords[word];
      if (unit > 0 && unit < 20) group += unit;
      else if (tens >= 0) group += (tens + 2) * 10;
      else if (scale !== undefined && group > 0 && scale === 100) {
        group *= 100;
        scaled = true;
      } else if (scale !== undefined && (group > 0 || total > 0)) {
        total += (group || 1) * scale;
        group = 0;
        scaled = true;
      } else if (word === 'and' && end > start && end + 1 < tokens.length) {
        // "two hundred and fifty": the "and" joins parts of one amount.
      } else break;
      end += 1;
    }
    // "Two point five million" is a decimal this reading does not follow: its tail alone would be another amount.
    if (scaled && tokens[start - 1] !== 'point') {
      const value = total + group;
      const used = tokens.slice(start, end).join(' ');
      const millions = value / 1_000_000;
      const alternatives = [String(value)];
      if (value >= 1_000_000 && Number.isInteger(millions * 10)) alternatives.push(`${millions} million`);
      found.push({ used, alternatives });
    }
    start = Math.max(end, start + 1);
  }
  return found;
}

/** The synonym-list phrases a question uses: those whose frequency in the papers decides expansion. */
export function synonymPhrasesUsed(question: string): string[] {
  const lower = ` ${words(question).join(' ')} `;
  return synonymGroups.flatMap((group) => usedPhrase(group, lower) ?? []);
}

function usedPhrase(group: string[], paddedWords: string): string | undefined {
  return group.find((phrase) => paddedWords.includes(synonymWords.get(phrase) ?? ` ${words(phrase).join(' ')} `));
}

// Every synonym phrase's words, spaced both ends: each question looks for all of them, twice.
const synonymWords = new Map(synonymGroups.flat().map((phrase) => [phrase, ` ${words(phrase).join(' ')} `]));

interface ReadEntry extends GlossaryEntry {
  /** The short form as a question types it, also plural ("EHE", "EHEs"). */
  mention: RegExp;
  longWords: string;
}

// A glossary read once for all questions (the retriever keeps one until the index changes), not per question.
const readGlossaries = new WeakMap<GlossaryEntry[], ReadEntry[]>();

function readGlossary(glossary: GlossaryEntry[]): ReadEntry[] {
  let read = readGlossaries.get(glossary);
  if (!read) {
    read = glossary.map(({ short, long }) => ({
      short,
      long,
      mention: new RegExp(`\\b${short}s?\\b`),
      longWords: words(long).join(' '),
    }));
    readGlossaries.set(glossary, read);
  }
  return read;
}

const synonymStems = new Set(synonymGroups.flat().flatMap((phrase) => contentTerms(phrase)));

/**
 * Whether the synonym list knows a word (by its stem), in whatever form the question typed it: "bin
 * collections" is the list's "bin collection", which the papers print as "waste collection".
 */
export function hasSynonyms(stem: string): boolean {
  return synonymStems.has(stem);
}

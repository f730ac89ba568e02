import { contentTerms, words } from '../../core/tokenize.js';
import type { Expansion } from '../../search/expand-vocabulary.js';

const joiningWords = new Set(['and', 'of', 'the', 'for', '&']);

/**
 * An acronym the question types in capitals that the index never prints, where a passage writes the
 * name out in capitalised words whose initials spell it ("the RWA" beside "Regional Water Authority"):
 * the passage says it in full, so it counts as saying it. Not mined at ingest when the paper's own
 * bracketed acronym is garbled or missing; names elsewhere in the papers are not searched.
 */
export function spelledOutAcronyms(
  question: string,
  texts: string[],
  isUnseen: (stem: string) => boolean,
): Expansion[] {
  const typed = [...new Set(question.match(/\b[A-Z]{2,6}\b/g) ?? [])].filter((acronym) => {
    const stems = contentTerms(acronym);
    return stems.length === 1 && isUnseen(stems[0]!);
  });
  if (typed.length === 0) return [];
  // A name inside a longer capitalised run ("the Kestrel Valley Board Annual Report" for "KVB") spells it too.
  const names = texts.flatMap((text) => capitalisedRuns(text).flatMap((run) => innerNames(run)));
  return typed.flatMap((acronym) => {
    const spelled = names.filter((name) => initials(name) === acronym.toLowerCase());
    return spelled.length > 0 ? [{ used: acronym, alternatives: [...new Set(spelled)] }] : [];
  });
}

/** Runs of capitalised words, joined by the small words names keep ("Department of Health"). */
function capitalisedRuns(text: string): string[] {
  return text.match(/\b\p{Lu}\p{Ll}+(?:\s+(?:(?:and|of|the|for|&)\s+)?\p{Lu}\p{Ll}+)+/gu) ?? [];
}

/** Every run of the words that starts and ends on a word of the name, not on a small joining word. */
function innerNames(run: string): string[] {
  const parts = run.split(/\s+/);
  const names: string[] = [];
  for (let start = 0; start < parts.length; start += 1) {
    if (joiningWords.has(parts[start]!.toLowerCase())) continue;
    for (let end = start + 1; end < parts.length; end += 1) {
      if (!joiningWords.has(parts[end]!.toLowerCase())) names.push(parts.slice(start, end + 1).join(' '));
    }
  }
  return names;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => !joiningWords.has(word.toLowerCase()))
    .map((word) => word[0]!.toLowerCase())
    .join('');
}

// A spelled-out name runs to this many words ("Higher Education Funding Council for Wales").
const longestName = 7;
// Two letters spell too many things by chance ("are there" and an "AT" printed elsewhere).
const shortestAcronym = 3;

/**
 * The acronym the passages print for a name the question spells out ("multi-agency safeguarding hubs"
 * and a reply saying only "three MASHs"; "the pupil development grant" and "PDG"): the words of
 * the name are what the passage says, so it counts as saying them. Found from the initials of runs of
 * the question's own words (the small words a name keeps left out), where a passage prints them in
 * capitals; the glossary mined at ingest holds only acronyms a paper defines in brackets.
 */
export function printedAcronyms(question: string, texts: string[]): Expansion[] {
  const printed = new Set(
    texts.flatMap((text) => (text.match(/\b[A-Z]{3,8}s?\b/g) ?? []).map((acronym) => acronym.replace(/s$/, ''))),
  );
  if (printed.size === 0) return [];
  const typed = words(question);
  const inName = (word: string) => joiningWords.has(word) || contentTerms(word).length > 0;
  const found = new Map<string, string>();
  for (let start = 0; start < typed.length; start += 1) {
    if (joiningWords.has(typed[start]!) || !inName(typed[start]!)) continue;
    for (let end = start + 1; end < Math.min(typed.length, start + longestName); end += 1) {
      const last = typed[end]!;
      if (!inName(last)) break;
      if (joiningWords.has(last)) continue;
      const run = typed.slice(start, end + 1);
      const letters = run.filter((word) => !joiningWords.has(word)).map((word) => word[0]!);
      const acronym = letters.join('').toUpperCase();
      if (letters.length >= shortestAcronym && /^[A-Z]+$/.test(acronym) && printed.has(acronym))
        found.set(run.join(' '), acronym.toLowerCase());
    }
  }
  return [...found].map(([used, acronym]) => ({ used, alternatives: [acronym] }));
}

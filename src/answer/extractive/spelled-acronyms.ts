import { contentTerms } from '../../core/tokenize.js';
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

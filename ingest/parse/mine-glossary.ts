const acronymInBrackets = /\(([A-Z][A-Za-z&]{1,7})\)/g;
const skippable = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', '&', 'or']);

export interface GlossaryEntry {
  short: string;
  long: string;
}

/** Finds "Elective Home Education (EHE)"-style definitions whose initials spell the acronym. */
export function mineGlossary(text: string): GlossaryEntry[] {
  const found = new Map<string, GlossaryEntry>();
  for (const match of text.matchAll(acronymInBrackets)) {
    const short = match[1]!;
    const letters = short
      .replace(/s$/, '')
      .replace(/[^A-Z]/g, '')
      .toLowerCase();
    if (letters.length < 2) continue;
    const before = text.slice(Math.max(0, match.index - 160), match.index).replace(/<[^>]+>|\*\*/g, ' ');
    const candidate =
      before
        .split(/[\n.;:()]/)
        .at(-1)
        ?.trim()
        .split(/\s+/) ?? [];
    const long = matchInitials(candidate, letters);
    if (long) found.set(`${short}|${long.toLowerCase()}`, { short: short.replace(/s$/, ''), long });
  }
  return [...found.values()];
}

function matchInitials(words: string[], letters: string): string | undefined {
  // Walk back from the bracket, consuming one word per letter and skipping small joining words.
  let letterIndex = letters.length - 1;
  let wordIndex = words.length - 1;
  while (letterIndex >= 0 && wordIndex >= 0) {
    const word = words[wordIndex]!.replace(/[^\p{L}&'’-]/gu, '');
    const lower = word.toLowerCase();
    if (word === '' || (skippable.has(lower) && lower[0] !== letters[letterIndex])) {
      wordIndex -= 1;
      continue;
    }
    const parts = lower.split('-').filter(Boolean);
    const initials = parts.map((part) => part[0]).join('');
    if (letters.slice(0, letterIndex + 1).endsWith(initials)) letterIndex -= initials.length;
    else if (lower[0] === letters[letterIndex]) letterIndex -= 1;
    else return undefined;
    wordIndex -= 1;
  }
  if (letterIndex >= 0) return undefined;
  const long = words
    .slice(wordIndex + 1)
    .join(' ')
    .replace(/[,]/g, '')
    .trim()
    // "Safeguarding Adults Review's (SAR)": the possessive belongs to the sentence, not the term.
    .replace(/['’]s$/, '');
  return long.split(/\s+/).length >= 2 ? long : undefined;
}

const smallWords = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'to', 'at']);

/** "IMPROVING LIVES SELECT COMMISSION" → "Improving Lives Select Commission"; small words stay lower case. */
export function titleCase(name: string): string {
  return name
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .split(' ')
    .map((word, position) =>
      position > 0 && smallWords.has(word)
        ? word
        : word.replace(/(^|-)(\p{L})/gu, (_, dash, letter) => dash + letter.toUpperCase()),
    )
    .join(' ');
}

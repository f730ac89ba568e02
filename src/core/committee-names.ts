const smallWords = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'to', 'at']);

// Printed in capitals in any case: "NHS OSTWOLD INTEGRATED CARE BOARD" is the NHS's, not "Nhs".
const initialisms = new Set(['nhs']);

/**
 * "IMPROVING LIVES SELECT COMMISSION" → "Improving Lives Select Commission"; small words stay lower case; a word is
 * capitalised after a hyphen and after an opening bracket ("(CALL-IN)" → "(Call-In)").
 */
export function titleCase(name: string): string {
  return name
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .split(' ')
    .map((word, position) =>
      position > 0 && smallWords.has(word)
        ? word
        : initialisms.has(word)
          ? word.toUpperCase()
          : word.replace(/(^\(?|-)(\p{L})/gu, (_, before, letter) => before + letter.toUpperCase()),
    )
    .join(' ');
}

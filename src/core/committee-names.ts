const smallWords = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'to', 'at']);

// Printed in capitals in any case: "NHS OSTWOLD INTEGRATED CARE BOARD" is the NHS's, not "Nhs".
const initialisms = new Set(['nhs']);

/**
 * "IMPROVING LIVES SELECT COMMISSION" → "Improving Lives Select Commission"; small words stay lower case; a word is
 * capitalised after a hyphen and after an opening bracket ("(CALL-IN)" → "(Call-In)").
 */
export function titleCase(name: string): string {
  const words = name.trim().replace(/\s+/g, ' ').split(' ');
  return words
    .map((printed, position) => {
      const word = printed.toLowerCase();
      if (position > 0 && smallWords.has(word)) return word;
      if (initialisms.has(word) || abbreviates(printed, words.slice(0, position))) return printed.toUpperCase();
      return word.replace(/(^\(?|-)(\p{L})/gu, (_, before, letter) => before + letter.toUpperCase());
    })
    .join(' ');
}

/**
 * "SERVICE DELIVERY AND BUDGET IMPLEMENTATION PLAN (SDBIP)": a bracketed word spelling the initials of the words
 * just before it is their acronym, kept in capitals; "(CALL-IN)" is a word.
 */
function abbreviates(printed: string, before: string[]): boolean {
  const acronym = /^\((\p{Lu}{2,})\)[,.:;]?$/u.exec(printed)?.[1];
  if (!acronym) return false;
  const initials = (words: string[]) => words.map((word) => word.replace(/^\W+/, '').charAt(0).toUpperCase()).join('');
  const content = before.filter((word) => !smallWords.has(word.toLowerCase()));
  return initials(content).endsWith(acronym) || initials(before).endsWith(acronym);
}

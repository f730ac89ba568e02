/**
 * Renames one committee throughout a paper, keeping how each mention was written: "IMPROVING
 * LIVES SELECT COMMISSION" becomes "PLANNING BOARD", "Improving Lives Select Commission" becomes
 * "Planning Board", including mentions broken across lines.
 */
export function renameCommittee(text: string, from: string, to: string): string {
  const words = from.trim().split(/\s+/).map(escapeRegExp);
  if (words.length === 0 || words[0] === '') return text;
  const mention = new RegExp(`\\b${words.join('\\s+')}\\b`, 'gi');
  return text.replace(mention, (found) => {
    const letters = found.replace(/[^A-Za-z]/g, '');
    return letters === letters.toUpperCase() ? to.toUpperCase() : to;
  });
}

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

import { contentTerms, words } from '../../core/tokenize.js';

// "How many", "what share / proportion / percentage / number / rate": a figure asked for.
const figureAsked = /\bhow (?:many|much)\b|\bwhat (?:share|proportion|percentage|number|rate)\b/i;

/**
 * "How many exclusions were there in special schools?" when the quoted line counts them in "primary schools" and
 * "secondary schools": the papers break the figure down by kind and the kind asked is not among them, so quoting the
 * others reads as its figure. True when the question asks for a figure of a kind typed as a modifier before a noun
 * ("special schools"), and the quoted lines print that noun after at least two other modifiers, beside a figure, yet
 * never print the asked modifier at all. The kind is read where the question places the count ("in", "from",
 * "among"), not from any two words it types together.
 */
export function asksForKindNotBrokenDown(question: string, quoted: string[]): boolean {
  if (!figureAsked.test(question) || quoted.length === 0) return false;
  const typed = words(question);
  const text = quoted.join('\n');
  const printedStems = new Set(contentTerms(text));
  return typed.some((word, index) => {
    const modifier = stemOf(word);
    const next = typed[index + 1] ?? '';
    const head = stemOf(next);
    if (!modifier || !head || printedStems.has(modifier) || /\d/.test(word + next)) return false;
    // "For a year's berth": a span of time says how long, not which kind ("an annual berth" prints it otherwise).
    if (periods.has(word)) return false;
    // The kind is where the figure is counted: "in special schools", "from the parish councils".
    const before = typed[index - 1] === undefined || !articles.has(typed[index - 1]!) ? index - 1 : index - 2;
    if (!placing.has(typed[before] ?? '')) return false;
    return otherKindsCounted(text, head) >= 2;
  });
}

const placing = new Set(['in', 'at', 'among', 'from', 'for', 'by', 'across', 'within']);
const articles = new Set(['the', 'a', 'an', 'our', 'its', 'their']);
const periods = new Set([
  'year',
  'years',
  'month',
  'months',
  'week',
  'weeks',
  'day',
  'days',
  'night',
  'nights',
  'quarter',
  'term',
  'season',
  'hour',
  'hours',
]);

/** How many distinct words the lines print before `head` in a sentence that holds a figure. */
function otherKindsCounted(text: string, head: string): number {
  const kinds = new Set<string>();
  for (const sentence of text.split(/(?<=[.;!?])\s+|\n+/)) {
    if (!/\d/.test(sentence)) continue;
    const printed = words(sentence);
    printed.forEach((word, index) => {
      if (index === 0 || stemOf(word) !== head) return;
      const kind = stemOf(printed[index - 1]!);
      if (kind && !/\d/.test(printed[index - 1]!)) kinds.add(kind);
    });
  }
  return kinds.size;
}

function stemOf(word: string): string | undefined {
  return contentTerms(word)[0];
}

import type { Expansion } from './expand-vocabulary.js';

// How a question asks about money: what something costs, who pays, whether it is funded or budgeted.
const moneyWords =
  /\b(?:money|costs?|costing|costed|funding|funded|funds?|budgets?|budgeted|afford|affordable|spend|spending|spent|price|priced|pay|pays|paying|paid|financed?|financing)\b/gi;

// An officer report's section on money: "7. Financial Implications", "Finance and resource implications",
// "5. Finance", "Budget". Its heading speaks for every paragraph under it, which rarely repeats the word.
const financeHeading =
  /\b(?:financial|finance|resource|resources|budget|budgetary)(?: and [a-z]+)? implications?\b|^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:financ\w*|budget|costs?|resources?|funding)\W*$/i;

/** The money words a question uses, lower case, once each. */
export function moneyWordsIn(question: string): string[] {
  return [...new Set((question.match(moneyWords) ?? []).map((word) => word.toLowerCase()))];
}

export function isFinanceSection(section: string | undefined): boolean {
  return section !== undefined && financeHeading.test(section.trim());
}

/**
 * A passage under a report's financial implications holds the question's money words ("new money",
 * "who pays") in its heading's terms, whatever its own sentences say ("to be absorbed within existing
 * allocations" is about money; "met from grant and borrowing" is how it is paid for).
 */
export function financeHeadingExpansions(question: string): Expansion[] {
  return moneyWordsIn(question).map((used) => ({ used, alternatives: ['financial implications'] }));
}

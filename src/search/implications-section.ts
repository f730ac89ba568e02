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

// An officer report's other implications, each under a heading of its own: "6. Legal implications", "7. Legal
// Advice and Implications", "Equalities implications", "8. Human Resources Advice and Implications". A question
// that names the matter ("is there a legal risk …?", "any equality impact?") asks what that section says, whose
// paragraphs rarely repeat the heading's word ("6.3 The Director is overseeing a group outside their statutory
// role"). Not data protection: each report of a meeting prints that section in the same words, and the boost lifted
// another report's above the one a question named.
const implicationsHeading = /\b(?:implications?|advice|comments?|considerations?)\b/i;
const namedImplications: { asked: RegExp; heading: RegExp }[] = [
  { asked: /\blegal(?:ly)?\b|\b(?:un)?lawful\b/i, heading: /\blegal\b/i },
  { asked: /\bequalit(?:y|ies)\b/i, heading: /\bequalit(?:y|ies)\b/i },
  { asked: /\bhuman resources?\b|\bHR\b/, heading: /\bhuman resources?\b|\bHR\b/ },
];

/**
 * Whether a passage's section is a report's implications of a kind the question names: money, legal, equalities,
 * staff.
 */
export function isImplicationsSectionAsked(section: string | undefined, question: string): boolean {
  if (section === undefined) return false;
  if (isFinanceSection(section)) return moneyWordsIn(question).length > 0;
  return (
    implicationsHeading.test(section) &&
    namedImplications.some(({ asked, heading }) => asked.test(question) && heading.test(section))
  );
}

// "Is there a legal risk …?", "any legal issues with …?": what a report calls its implications.
const implicationWords = /\b(?:risks?|issues?|concerns?|consequences?|impacts?|problems?)\b/gi;

/**
 * A passage under a report's financial implications holds the question's money words ("new money",
 * "who pays") in its heading's terms, whatever its own sentences say ("to be absorbed within existing
 * allocations" is about money; "met from grant and borrowing" is how it is paid for). Under its legal implications,
 * it holds the "risk" of a question asking whether there is a legal risk.
 */
export function implicationsHeadingExpansions(question: string): Expansion[] {
  const money = moneyWordsIn(question).map((used) => ({ used, alternatives: ['financial implications'] }));
  if (!namedImplications.some(({ asked }) => asked.test(question))) return money;
  const risks = [...new Set((question.match(implicationWords) ?? []).map((word) => word.toLowerCase()))];
  return [...money, ...risks.map((used) => ({ used, alternatives: ['implications'] }))];
}

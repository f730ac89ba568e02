import type { Chunk } from '../../core/chunk.js';
import { escapeRegExp } from '../../core/escape-reg-exp.js';

// "the cabinet member for housing", "portfolio holder for leisure", "executive member for adult social care": an
// office named by its portfolio, whose first word says which.
const portfolioOffice =
  /\b(?:cabinet|executive|lead)\s+members?\s+for\s+(?:the\s+)?([\p{L}'’-]{3,})|\bportfolio\s+holders?\s+for\s+(?:the\s+)?([\p{L}'’-]{3,})/giu;

/** The first word of each portfolio a question names an office by ("housing" of "the Cabinet Member for Housing"). */
export function portfoliosTyped(question: string): string[] {
  return [...question.matchAll(portfolioOffice)].map((match) => (match[1] ?? match[2])!.toLowerCase());
}

// "The Cabinet Member had visited …": the office named bare, as minutes do once the item has introduced its holder.
const bareOffice = /\b(?:cabinet|executive|lead)\s+member\b(?!s?\s+for\b)|\bportfolio\s+holder\b(?!s?\s+for\b)/i;

/**
 * Whether an office the question names by its portfolio is printed in none of the passages quoted: what the
 * Cabinet Member for Housing said is not in replies where only the members for highways and children's services
 * answer, however well they match the rest of the question. A passage naming the office bare, and no other
 * portfolio's, speaks of the item's own holder, whose portfolio an earlier passage of the item printed.
 */
export function portfolioTypedAbsent(question: string, chunks: Chunk[]): boolean {
  if (chunks.length === 0) return false;
  const texts = chunks.map((chunk) => chunk.text).join('\n');
  if (bareOffice.test(texts) && portfoliosTyped(texts).length === 0) return false;
  return portfoliosTyped(question).some(
    (portfolio) =>
      !new RegExp(String.raw`\b(?:member|holder)s?\s+for\s+(?:the\s+)?${escapeRegExp(portfolio)}`, 'iu').test(texts),
  );
}

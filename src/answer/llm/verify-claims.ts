import type { RetrievedPassage } from '../../search/retrieval.js';
import { type QuoteMatch, verifyQuote } from '../verify-quote.js';
import { checkClaimSupport } from './check-claim-support.js';
import type { ModelAnswer } from './request-claims.js';

export interface SupportedClaim {
  text: string;
  support: { passage: RetrievedPassage; match: QuoteMatch }[];
}

// A quote of a word or two ("Resolved", "the Chair") would vouch for almost any claim.
const minimumQuoteWords = 3;

export interface DroppedClaim {
  text: string;
  reason: string;
}

/**
 * Keeps only what the papers bear out: a claim survives when its quote is found, under normalisation,
 * in at least one passage it cites by a valid id, and that passage bears the claim's own figures,
 * dates, names and key terms (and records a decision, for a claim of one). The model's word is never
 * taken for it.
 */
export function verifyClaims(
  claims: ModelAnswer['claims'],
  passages: RetrievedPassage[],
): { supported: SupportedClaim[]; dropped: DroppedClaim[] } {
  const supported: SupportedClaim[] = [];
  const dropped: DroppedClaim[] = [];
  for (const claim of claims) {
    // The model may echo passage ids as markers; ours are added when the answer is composed.
    const text = claim.text.replace(/\s*\[\d+\]/g, '').trim();
    const ids = [...new Set(claim.passageIds)].filter((id) => Number.isInteger(id) && id >= 1 && id <= passages.length);
    if (text === '') {
      dropped.push({ text: claim.text, reason: 'empty claim' });
      continue;
    }
    if (claim.quote.trim().split(/\s+/).length < minimumQuoteWords) {
      dropped.push({ text, reason: `quote too short to prove anything: "${claim.quote}"` });
      continue;
    }
    if (ids.length === 0) {
      dropped.push({ text, reason: `no valid passage id in [${claim.passageIds.join(', ')}]` });
      continue;
    }
    const support = ids.flatMap((id) => {
      const passage = passages[id - 1] as RetrievedPassage;
      const match = verifyQuote(claim.quote, passage.chunk.text);
      return match ? [{ passage, match }] : [];
    });
    if (support.length === 0) {
      dropped.push({ text, reason: `quote not found in passage ${ids.join(', ')}: "${claim.quote}"` });
      continue;
    }
    // A real quote does not make the claim true: the claim itself must say no more than its passage.
    const problems = support.map(({ passage }) => checkClaimSupport(text, passage.chunk));
    const borneOut = support.filter((_, index) => problems[index] === undefined);
    if (borneOut.length === 0) {
      dropped.push({ text, reason: `claim not supported by passage ${ids.join(', ')}: ${problems[0]}` });
      continue;
    }
    supported.push({ text, support: borneOut });
  }
  return { supported, dropped };
}

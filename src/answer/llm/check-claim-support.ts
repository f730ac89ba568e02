import type { Chunk } from '../../core/chunk.js';
import { findDates, formatMeetingDate } from '../../core/dates.js';
import { contentTerms, stem, words } from '../../core/tokenize.js';

// A claim that something was decided must cite where it was decided: a minutes passage recording it.
const decisionClaim = /\b(?:resolved|resolution|agreed|decided|decision|approved|voted|determined|rejected|refused)\b/i;
const decisionPassage = /\b(?:resolved|resolution|agreed|decided|approved|voted|determined|rejected|refused)\b/i;

// Words that frame a claim about council business rather than say what it is about.
const framingStems = new Set(
  'council committee commission board panel meeting members member councillor councillors report paper papers item minute minutes agenda also said stated told asked discussed considered update resolved resolution agreed decided decision approved voted determined'
    .split(' ')
    .map(stem),
);

// Share of a claim's key terms its passage must contain: paraphrase drops a word or two, invention more.
const minimumKeyTermShare = 0.75;

/**
 * Whether a claim says only what its cited passage says, beyond the verbatim quote the caller has
 * already found there: its figures, dates, names and most key terms must appear in the passage (or its
 * headings), and a claim that something was decided must cite a decision. Returns why not, or nothing.
 */
export function checkClaimSupport(claim: string, chunk: Chunk): string | undefined {
  const context = [
    chunk.text,
    chunk.committee,
    chunk.partTitle,
    chunk.minuteTitle ?? '',
    chunk.section ?? '',
    ...chunk.headingPath,
    formatMeetingDate(chunk.meetingDate),
  ].join('\n');
  const contextWords = new Set(words(context));
  const contextStems = new Set(contentTerms(context));

  const figures = claim.match(/\d[\d,.]*\d|\d/g) ?? [];
  const contextFigures = new Set((context.match(/\d[\d,.]*\d|\d/g) ?? []).map(normalizeFigure));
  const missingFigure = figures.map(normalizeFigure).find((figure) => !contextFigures.has(figure));
  if (missingFigure !== undefined) return `figure ${missingFigure} is not in the passage`;

  const contextDates = new Set([...findDates(context).map((date) => date.iso), chunk.meetingDate]);
  const missingDate = findDates(claim).find((date) => !contextDates.has(date.iso));
  if (missingDate) return `date ${missingDate.iso} is not in the passage`;

  const missingName = properNames(claim).find((name) => !contextWords.has(name) && !contextStems.has(stem(name)));
  if (missingName) return `name "${missingName}" is not in the passage`;

  const keyTerms = [...new Set(contentTerms(claim))].filter((term) => !framingStems.has(term) && /\p{L}/u.test(term));
  const present = keyTerms.filter((term) => contextStems.has(term));
  if (keyTerms.length > 0 && present.length / keyTerms.length < minimumKeyTermShare) {
    const missing = keyTerms.filter((term) => !contextStems.has(term));
    return `key terms not in the passage: ${missing.join(', ')}`;
  }

  if (decisionClaim.test(claim) && !isDecisionPassage(chunk)) return 'a decision claim must cite a decision';
  return undefined;
}

function isDecisionPassage(chunk: Chunk): boolean {
  return chunk.kind === 'minutes' && (chunk.section === 'Resolved' || decisionPassage.test(chunk.text));
}

function normalizeFigure(figure: string): string {
  return figure.replace(/,/g, '').replace(/\.0+$/, '');
}

/** Capitalised words after the first of each sentence: the people, places and bodies a claim names. */
function properNames(claim: string): string[] {
  const names: string[] = [];
  for (const sentence of claim.split(/(?<=[.!?:;])\s+/)) {
    const tokens = sentence.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
    for (const token of tokens.slice(1)) {
      if (!/^\p{Lu}/u.test(token)) continue;
      const word = token.toLowerCase().replace(/['’]s$/, '');
      if (!framingStems.has(stem(word))) names.push(word);
    }
  }
  return names;
}

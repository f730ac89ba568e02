import { shownKinds, wantedKinds } from './answer-kinds.js';

// "How much longer", "how much time": a duration, answered in words as often as in figures.
const howMuch = /\bhow much\b(?!\s+(?:longer|time|sooner|later|more time)\b)/i;

/**
 * "How much is the precept for next year?" answered only by lines that print no sum or share: the papers
 * name the topic but not the amount (the precept is to be set at a later meeting), and quoting them reads
 * as an answer that is not there. A count in passing ("the second of a four month process") is no amount;
 * "how much land" asks for a measure, which answers it.
 */
export function omitsAmountAsked(question: string, lines: string[]): boolean {
  if (!howMuch.test(question) || lines.length === 0) return false;
  const measured = wantedKinds(question).has('measure');
  return !lines.some((line) => {
    const shown = shownKinds(line);
    return shown.has('amount') || (measured && shown.has('measure'));
  });
}

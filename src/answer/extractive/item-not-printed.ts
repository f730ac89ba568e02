import { escapeRegExp } from '../../core/escape-reg-exp.js';
import { findPaperReference, holdsReference } from '../../search/paper-reference.js';

// "Under item 8.7", "minute 12", "paragraph 4.3": a numbered part of the papers, asked for by its number.
const itemAsked =
  /\b(?:agenda item|item|minute|min\.|paragraph|para\.?)\s+(?:no\.?\s*)?(\d{1,3}(?:\.\d{1,3})*)(?![\d.]?\d)/i;

/**
 * "What was decided under item 8.7?" when the passages quoted number their parts 8.1 to 8.6: the part asked for
 * is not in them, and quoting a neighbouring part reads as its business. True only when the question names a
 * part by number and none of the quoted passages (their text, minute number or title) prints that number.
 */
export function asksForItemNotPrinted(question: string, passages: string[]): boolean {
  // "What's in appendix 3?" when the passages name only its Appendix 1: quoting another reads as its contents.
  const reference = findPaperReference(question);
  if (reference?.label === 'appendix' && passages.length > 0) {
    return !passages.some((text) => holdsReference(text, reference));
  }
  const asked = itemAsked.exec(question)?.[1];
  if (!asked || passages.length === 0) return false;
  const printed = new RegExp(String.raw`(?<![\d.])${escapeRegExp(asked)}(?![\d]|\.\d)`);
  return !passages.some((text) => printed.test(text));
}

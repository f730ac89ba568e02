import type { Chunk } from '../../core/chunk.js';
import { monthPattern } from '../../core/dates.js';
import { contentTerms } from '../../core/tokenize.js';
import type { Expansion } from '../../search/expand-vocabulary.js';
import { passageContext, presentStems } from './score-evidence.js';

// Money asked for: a grant, funding, a payment or "how much".
const moneyAsked =
  /\b(?:grants?|funding|funds?|money|awards?|donations?|contributions?|loans?|subsid(?:y|ies)|how much)\b/i;
// "… from the Lottery Heritage Fund for …", "… from sport england?": where the money came from, up to the words
// that say what for, when or where.
const fromSource =
  /\bfrom\s+(?:the\s+)?((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)(?=\s+(?:for|to|towards|on|in|under|this|last|next|when|at|by|and|so|since|during)\b|\s*[?.,;]|\s*$)/iu;
const timeWords = new RegExp(String.raw`\d|\b(?:${monthPattern}|year|month|week|today|now|then)\b`, 'i');

/**
 * "What grant did Ashby get from the Harbour Heritage Fund?" answered from passages none of which prints every
 * word of the funder (a "Fund" of another name; "England" but no "Sport"): whatever grant they tell of is
 * another's, so quoting it reads as the one asked for. The funder's words may stand apart in the passage ("the
 * Harbour Coastal Heritage Fund") and in a known other wording of them. A body awarding grants from its own papers
 * ("the foundation's autumn grants", in the Hartwell Community Foundation's minutes) is printed as their authority.
 */
export function omitsFunderAsked(question: string, chunks: Chunk[], expansions: Expansion[]): boolean {
  const passages = chunks.map((chunk) => [chunk.authority ?? '', passageContext(chunk)].join('\n'));
  if (!moneyAsked.test(question) || passages.length === 0) return false;
  const source = fromSource.exec(question)?.[1];
  if (!source || timeWords.test(source)) return false;
  const stems = contentTerms(source);
  if (stems.length === 0) return false;
  return !passages.some((passage) => {
    const present = presentStems(passage, expansions);
    return stems.every((stem) => present.has(stem));
  });
}

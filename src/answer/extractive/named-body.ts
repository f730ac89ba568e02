import { isOfBody, isOfOtherAuthority } from '../../core/authority-names.js';
import type { Chunk } from '../../core/chunk.js';
import type { QuestionAnalysis } from '../../search/analyze-question.js';
import { withoutCouncilDestination } from '../../search/council-destination.js';

// "The full council", "the extraordinary council meeting": the council sitting as a whole, not its
// cabinet or one of its committees, which often meet the same day and print the same topics.
const wholeCouncilAsked =
  /\b(?:full|whole|extraordinary|special|annual|ordinary)\s+(?:meeting of (?:the )?)?council\b|\bcouncil meeting\b|\bmeeting of (?:the )?(?:full )?council\b/i;
const committeeWords = /\b(?:committee|cabinet|board|panel|commission|sub|forum|group|executive)\b/i;

/** A body of the whole council ("County Council", "Stoke Parish Council"), not a committee of it. */
function isWholeCouncil(committee: string): boolean {
  return /\bcouncil$/i.test(committee.trim()) && !committeeWords.test(committee);
}

/**
 * Whether a passage comes from the body the question names: the committee it names by name (or the
 * authority whose papers they are), a passage not of another authority than the one it names by its place,
 * or, when it asks about the full council, a body of the whole council. Undefined when it names no body.
 */
export function namedBodyOf(analysis: QuestionAnalysis): ((chunk: Chunk) => boolean) | undefined {
  const named = analysis.committee;
  if (named) return (chunk) => isOfBody(chunk, named);
  const { authority } = analysis;
  // Named by its place: passages whose papers do not say whose they are may still be its.
  if (authority) return (chunk) => !isOfOtherAuthority(chunk, authority);
  if (wholeCouncilAsked.test(withoutCouncilDestination(analysis.question)))
    return (chunk) => isWholeCouncil(chunk.committee);
  return undefined;
}

/**
 * The test for passages of the named body, when some passage at hand is of it; otherwise (no body named,
 * or none of its papers found) every passage passes, so naming a body never empties an answer.
 */
export function fromNamedBody(analysis: QuestionAnalysis, chunks: Chunk[]): (chunk: Chunk) => boolean {
  const named = namedBodyOf(analysis);
  if (!named || !chunks.some(named)) return () => true;
  return named;
}

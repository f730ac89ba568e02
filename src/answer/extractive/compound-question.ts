import { contentTerms } from '../../core/tokenize.js';

// "…, and how will the order be settled?", "… and when is it due?": a second question joined to the first.
const joinedQuestion =
  /,?\s+and\s+((?:how|what|when|who|whom|why|where|which|whether|is|are|was|were|will|would|did|does|do|has|have|can)\b.+)$/i;

/**
 * The topic stems that only the second of two joined questions asks about ("how many go on the deputation, and how
 * will the order be settled?": "order", "settled"). Empty when the question asks one thing.
 */
export function secondQuestionStems(question: string, topic: string[]): string[] {
  const asked = question.replace(/[?.!]+\s*$/, '');
  const match = joinedQuestion.exec(asked);
  if (!match) return [];
  const first = new Set(contentTerms(asked.slice(0, match.index)));
  const second = new Set(contentTerms(match[1]!));
  return topic.filter((stem) => second.has(stem) && !first.has(stem));
}

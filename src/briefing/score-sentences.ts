import { splitSegments } from '../answer/extractive/split-segments.js';
import { contentTerms } from '../text/tokenize.js';
import { measureOverlap } from './measure-overlap.js';

export interface ScoredSentence {
  /** Offsets into the document (the passage's offset added). */
  start: number;
  end: number;
  text: string;
  /** Weighted share of the topic the sentence mentions. */
  score: number;
  /** How many distinct topic terms it mentions. */
  matched: number;
}

/** The sentences of a passage ranked by how much of the topic each mentions; ties keep reading order. */
export function scoreSentences(
  text: string,
  offset: number,
  topic: string[],
  weight: (term: string) => number,
): ScoredSentence[] {
  return splitSegments(text)
    .map((segment) => {
      const terms = new Set(contentTerms(segment.text));
      return {
        start: offset + segment.start,
        end: offset + segment.end,
        text: segment.text,
        score: measureOverlap(topic, terms, weight),
        matched: topic.filter((term) => terms.has(term)).length,
      };
    })
    .sort((a, b) => b.score - a.score || a.start - b.start);
}

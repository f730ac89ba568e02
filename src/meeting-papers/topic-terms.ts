import { splitSegments } from '../core/sentences.js';
import { contentTerms } from '../core/tokenize.js';

// Words every committee paper uses about itself, whatever the council: they name no topic, so they never
// make two papers "about" the same thing. The council's and committees' own names are passed by callers.
const boilerplate = new Set(
  contentTerms(
    `update updates report reports progress outcome outcomes presentation present item items paper papers
    commission commissions select council councils borough county city district parish town municipal
    authority cabinet board panel scrutiny meeting meetings committee chair members member officer officers
    service services briefing information overview summary year new`,
  ),
);

/**
 * The distinct stemmed terms that name what a title or passage is about; `names` (committee and council
 * names the index holds) name the body, not the topic.
 */
export function topicTerms(text: string, names: ReadonlySet<string> = new Set()): string[] {
  return [
    ...new Set(contentTerms(text).filter((term) => !boilerplate.has(term) && !names.has(term) && !/^\d/.test(term))),
  ];
}

/** The stemmed words of committee and council names, for topicTerms to leave out. */
export function nameTerms(names: string[]): Set<string> {
  return new Set(names.flatMap((name) => contentTerms(name)));
}

/**
 * How much of a topic a text covers, each term weighted (by rarity, usually): 0 when none of it, 1 when all.
 * Weighting keeps "children" from making every children's-services paper look like the same topic.
 */
export function measureOverlap(topic: string[], terms: ReadonlySet<string>, weight: (term: string) => number): number {
  let total = 0;
  let covered = 0;
  for (const term of topic) {
    const value = weight(term);
    total += value;
    if (terms.has(term)) covered += value;
  }
  return total === 0 ? 0 : covered / total;
}

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

import { findDates } from '../../papers/parse-date.js';
import type { QuestionAnalysis } from '../../search/analyze-question.js';
import type { RetrievedPassage } from '../answer.js';
import { coverage, type Weigh } from './score-evidence.js';
import { type Segment, splitSegments } from './split-segments.js';

export interface ScoredSegment extends Segment {
  passageIndex: number;
  score: number;
}

export interface SelectionOptions {
  maxSegments: number;
  maxPassages: number;
  /** Keep segments scoring at least this share of the best one. */
  relativeCutoff: number;
}

/** Picks the best-supported sentences, whole resolution lists, and the items a chosen line introduces. */
export function selectSegments(
  passages: { passage: RetrievedPassage; coverage: number }[],
  analysis: QuestionAnalysis,
  weigh: Weigh,
  options: SelectionOptions,
): ScoredSegment[] {
  const segmentsByPassage = passages.map(({ passage }) => splitSegments(passage.chunk.text));
  const scored = passages.flatMap(({ passage, coverage: passageCoverage }, passageIndex) =>
    segmentsByPassage[passageIndex]!.map((segment) => ({
      ...segment,
      passageIndex,
      score:
        (0.5 * passageCoverage + coverage(analysis.stems, segment.text, weigh) + intentBonus(segment.text, passage, analysis)) *
        (1 - 0.08 * passageIndex),
    })),
  );
  const ranked = [...scored].sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (!best) return [];
  const chosen: ScoredSegment[] = [];
  const passagesUsed = new Set<number>();
  for (const segment of ranked) {
    if (chosen.length >= options.maxSegments || segment.score < best.score * options.relativeCutoff) break;
    if (!passagesUsed.has(segment.passageIndex) && passagesUsed.size >= options.maxPassages) continue;
    if (isMarkupOnly(segment.text)) continue;
    chosen.push(segment);
    passagesUsed.add(segment.passageIndex);
  }
  const withLists = chosen.flatMap((segment) => [segment, ...following(segment, scored, passages, analysis)]);
  const unique = new Map(withLists.map((segment) => [`${segment.passageIndex}:${segment.start}`, segment]));
  return [...unique.values()].sort((a, b) => a.passageIndex - b.passageIndex || a.start - b.start);
}

/** A resolution list is taken whole; a line ending in a colon brings the list it introduces. */
function following(
  segment: ScoredSegment,
  scored: ScoredSegment[],
  passages: { passage: RetrievedPassage }[],
  analysis: QuestionAnalysis,
): ScoredSegment[] {
  const siblings = scored.filter((other) => other.passageIndex === segment.passageIndex && other.start > segment.start);
  const chunk = passages[segment.passageIndex]!.passage.chunk;
  if (chunk.section === 'Resolved' && (analysis.intent === 'resolution' || /^\W*resolved/i.test(segment.text))) {
    return scored.filter((other) => other.passageIndex === segment.passageIndex && !isMarkupOnly(other.text)).slice(0, 10);
  }
  if (!/:\s*(\*\*)?\s*$/.test(segment.text)) return [];
  const list: ScoredSegment[] = [];
  for (const sibling of siblings) {
    if (!/^\s*(?:[-•]|\(?\d+[).]|[a-z]\))/.test(sibling.text) || list.length >= 8) break;
    list.push(sibling);
  }
  return list;
}

function intentBonus(text: string, passage: RetrievedPassage, analysis: QuestionAnalysis): number {
  const { chunk } = passage;
  switch (analysis.intent) {
    case 'figure':
      return /(?<![\d.])\d[\d,.]*\s*%?(?![\d.]*\s*(?:january|february|march|april|may|june|july|august|september|october|november|december))/i.test(
        text.replace(/^\W*\d+(\.\d+)+\s/, ''),
      )
        ? 0.25
        : 0;
    case 'date':
    case 'next-meeting':
      return (findDates(text).length > 0 ? 0.25 : 0) + (/next meeting/i.test(text) ? 0.25 : 0);
    case 'attendance':
      return /^\W*(present|apologies)\b/i.test(text) ? 0.5 : 0;
    case 'declarations':
      return /councillor/i.test(text) && /declar|interest/i.test(text) ? 0.4 : 0;
    case 'resolution':
      return chunk.section === 'Resolved' ? 0.3 : 0;
    default:
      return 0;
  }
}

function isMarkupOnly(text: string): boolean {
  return text.replace(/<[^>]+>|[*#_\-–:\s]|resolved|that/gi, '').length < 3;
}

import { type Segment, splitSegments } from '../../core/sentences.js';
import type { QuestionAnalysis } from '../../search/analyze-question.js';
import type { RetrievedPassage } from '../../search/retrieval.js';
import { coverage, headingContext, presentStems, type Weigh } from './score-evidence.js';
import { dateBonus, describesPaper, intentBonus, isListing, listBonus, phraseBonus } from './segment-signals.js';
import { splitFieldSegments } from './split-field-segments.js';

export interface ScoredSegment extends Segment {
  passageIndex: number;
  score: number;
  /** The part of the score owed to the question's intent (a figure, a date, an attendance line). */
  signal: number;
}

export interface SelectionOptions {
  maxSegments: number;
  maxPassages: number;
  /** Keep segments of the best passage scoring at least this share of the best one… */
  relativeCutoff: number;
  /** …and segments of other passages at least this share: every extra passage is an extra citation. */
  otherPassageCutoff: number;
}

export interface Candidate {
  passage: RetrievedPassage;
  coverage: number;
}

/** Picks the best-supported sentences, whole resolution lists, and the items a chosen line introduces. */
export function selectSegments(
  candidates: Candidate[],
  analysis: QuestionAnalysis,
  weigh: Weigh,
  options: SelectionOptions,
): ScoredSegment[] {
  const scored = candidates.flatMap((candidate, passageIndex) =>
    scorePassage(candidate, passageIndex, analysis, weigh),
  );
  const ranked = [...scored].filter((segment) => !isHeadingOnly(segment.text)).sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (!best) return [];
  const chosen: ScoredSegment[] = [];
  const passagesUsed = new Set<number>([best.passageIndex]);
  for (const segment of ranked) {
    if (chosen.length >= options.maxSegments) break;
    const samePassage = segment.passageIndex === best.passageIndex || passagesUsed.has(segment.passageIndex);
    const cutoff = samePassage ? options.relativeCutoff : options.otherPassageCutoff;
    if (segment.score < best.score * cutoff) continue;
    // Another passage must show the same kind of evidence as the best one, not just share words.
    if (!samePassage && segment.signal < best.signal) continue;
    if (!samePassage && passagesUsed.size >= options.maxPassages) continue;
    chosen.push(segment);
    passagesUsed.add(segment.passageIndex);
  }
  const withLists = chosen.flatMap((segment) => [segment, ...following(segment, scored, candidates, analysis)]);
  const unique = new Map(withLists.map((segment) => [`${segment.passageIndex}:${segment.start}`, segment]));
  return [...unique.values()].sort((a, b) => a.passageIndex - b.passageIndex || a.start - b.start);
}

function scorePassage(
  candidate: Candidate,
  passageIndex: number,
  analysis: QuestionAnalysis,
  weigh: Weigh,
): ScoredSegment[] {
  const { chunk } = candidate.passage;
  // Terms the heading already carries set the topic; a sentence earns its place with the rest.
  const headingStems = presentStems(headingContext(chunk), analysis.expansions);
  const focus = new Set(analysis.focusStems);
  const dates = new Set(analysis.dateStems);
  const segmentWeigh: Weigh = (stem) => (dates.has(stem) ? 0 : weigh(stem) * (focus.has(stem) ? 2 : 1));
  // A paper or item titled after the topic is a better source than a passing mention elsewhere.
  const aboutTopic = coverage(analysis.stems, headingStems, segmentWeigh);
  const segments = chunk.section === 'Summary sheet' ? splitFieldSegments(chunk.text) : splitSegments(chunk.text);
  return segments.flatMap((segment) => {
    const present = presentStems(segment.text, analysis.expansions);
    if (restatesHeading(segment.text, present, headingStems)) return [];
    const signal =
      intentBonus(segment.text, chunk.section, analysis) +
      listBonus(segment.text, present, focus) +
      dateBonus(segment.text, chunk, analysis);
    // The heading sets the topic for every line under it that speaks to the question at all: its
    // terms earn half, whether or not the line repeats them; only the line's own terms earn in full.
    const speaks = signal > 0 || analysis.stems.some((stem) => !dates.has(stem) && present.has(stem));
    const credit: Weigh = (stem) =>
      segmentWeigh(stem) * (headingStems.has(stem) ? (speaks ? 0.5 : 0) : present.has(stem) ? 1 : 0);
    const relevance =
      0.5 * candidate.coverage +
      0.3 * aboutTopic +
      phraseBonus(segment.text, analysis) +
      coverage(analysis.stems, union(present, headingStems), segmentWeigh, credit) +
      signal;
    const pointer = describesPaper(segment.text) ? 0.6 : 1;
    // Agendas and work programmes list business; the minutes and reports hold what was said about it.
    const listing = isListing(chunk.kind, analysis) ? 0.8 : 1;
    return [{ ...segment, passageIndex, signal, score: relevance * pointer * listing * (1 - 0.03 * passageIndex) }];
  });
}

/** A heading-like line whose every word is already in its heading ("Summary Work Programme") adds nothing. */
function restatesHeading(text: string, present: Set<string>, headingStems: Set<string>): boolean {
  const sentence = /[.!?]["”’*]*\s*$/.test(text.trim());
  return !sentence && present.size > 0 && [...present].every((stem) => headingStems.has(stem));
}

function union(a: Set<string>, b: Set<string>): Set<string> {
  return new Set([...a, ...b]);
}

/** A resolution list is taken whole; a line ending in a colon brings the list it introduces. */
function following(
  segment: ScoredSegment,
  scored: ScoredSegment[],
  candidates: Candidate[],
  analysis: QuestionAnalysis,
): ScoredSegment[] {
  const chunk = candidates[segment.passageIndex]!.passage.chunk;
  const siblings = scored.filter((other) => other.passageIndex === segment.passageIndex && !isHeadingOnly(other.text));
  if (chunk.section === 'Resolved' && analysis.intent === 'resolution') return siblings.slice(0, 10);
  if (!/:-?\s*(\*\*)?\s*$/.test(segment.text)) return [];
  const list: ScoredSegment[] = [];
  for (const sibling of siblings.filter((other) => other.start > segment.start)) {
    if (!/^\s*(?:[-•]|\(?\d+[).]|[a-z]\))/.test(sibling.text) || list.length >= 8) break;
    list.push(sibling);
  }
  return list;
}

function isHeadingOnly(text: string): boolean {
  if (/^\s*#{1,6}\s/.test(text) || /^\s*\*\*[^*]+\*\*\s*$/.test(text)) return true;
  const plain = text.replace(/<[^>]+>|[*#_\-–:\s]|resolved|that/gi, '');
  return plain.length < 3 || /^\d+\.\s+[A-Z0-9 ,'’&()/-]+$/.test(text.trim());
}

import type { Chunk } from '../../papers/chunk.js';
import { findDates } from '../../papers/parse-date.js';
import type { QuestionAnalysis } from '../../search/analyze-question.js';
import { dayAndMonth, mentionsDateIn } from '../../search/mentions-date-in.js';
import { contentTerms } from '../../text/tokenize.js';
import type { RetrievedPassage } from '../answer.js';
import { coverage, headingContext, presentStems, type Weigh } from './score-evidence.js';
import { type Segment, splitSegments } from './split-segments.js';

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
  return splitSegments(chunk.text).flatMap((segment) => {
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

/** The question's wording as a phrase ("home education", or a synonym of it) beats the same words scattered. */
function phraseBonus(text: string, analysis: QuestionAnalysis): number {
  const tokens = ` ${contentTerms(text).join(' ')} `;
  const phrases = [
    ...analysis.expansions.flatMap((expansion) => [expansion.used, ...expansion.alternatives]),
    ...analysis.words.slice(1).map((word, index) => `${analysis.words[index]} ${word}`),
  ]
    .map((phrase) => contentTerms(phrase))
    .filter((stems) => stems.length > 1);
  const matched = phrases.filter((stems) => tokens.includes(` ${stems.join(' ')} `)).length;
  return Math.min(0.3, 0.15 * matched);
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

const numberWord =
  '(?:\\d[\\d,.]*%?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|hundred)';

function intentBonus(text: string, section: string | undefined, analysis: QuestionAnalysis): number {
  switch (analysis.intent) {
    case 'figure':
      return (hasFigure(text) ? 0.25 : 0) + (figureNextToCounted(text, analysis.countedStems) ? 0.6 : 0);
    case 'date':
    case 'next-meeting': {
      // The day the question names is context; the answer is another date.
      const answerDates = findDates(text).filter((date) => date.iso !== analysis.dateRange?.anchor);
      const hasDate = answerDates.length > 0 || (findDates(text).length === 0 && dayAndMonth.test(text));
      return (hasDate ? 0.25 : 0) + (/next meeting/i.test(text) ? 0.25 : 0);
    }
    case 'venue':
      return /\bvenue\b|\b(?:held|take place|takes place|meet)\b[^.]*\b(?:at|in)\s+(?:the\s+)?[A-Z]/i.test(text)
        ? 0.5
        : 0;
    case 'attendance':
      return /^\W*(present|apologies)\b/i.test(text) ? 0.5 : 0;
    case 'declarations':
      return /declar|interest/i.test(text) ? 0.4 : 0;
    case 'resolution':
      return section === 'Resolved' ? 0.3 : 0;
    default:
      return 0;
  }
}

/** A line naming a day or month the question asks about, in a paper from another date ("03-Dec-24" in a work programme). */
function dateBonus(text: string, chunk: Chunk, analysis: QuestionAnalysis): number {
  const range = analysis.dateRange;
  if (!range || analysis.intent === 'next-meeting') return 0;
  const meetingInside =
    chunk.meetingDate !== null &&
    (!range.since || chunk.meetingDate >= range.since) &&
    (!range.until || chunk.meetingDate <= range.until);
  if (range.anchor && chunk.meetingDate === range.anchor) return 0.3;
  if (meetingInside) return 0.15;
  return mentionsDateIn(text, range, chunk.meetingDate) ? 0.3 : 0;
}

/** "The Peer Challenge Team developed the following recommendations:" introduces the answer to "what did they recommend". */
function listBonus(text: string, present: Set<string>, focus: Set<string>): number {
  return /:-?\s*(\*\*)?\s*$/.test(text) && [...focus].some((stem) => present.has(stem)) ? 0.3 : 0;
}

function isListing(kind: Chunk['kind'], analysis: QuestionAnalysis): boolean {
  const asksForListing = analysis.kind === kind || ['next-meeting', 'venue', 'date'].includes(analysis.intent);
  return (kind === 'agenda' || kind === 'work-programme') && !asksForListing;
}

/** Sentences that say what a paper covers ("The report outlines the findings…") are weaker evidence than its content. */
function describesPaper(text: string): boolean {
  return /^\W*(?:the|this)\s+(?:agenda\s+)?(?:report|item|presentation|paper|update)\s+(?:will\s+)?(?:outlines?|provides?|provided|gives?|gave|considered|sets? out|summari[sz]es)\b/i.test(
    text,
  );
}

function hasFigure(text: string): boolean {
  const withoutParagraphNumber = text.replace(/^\W*\d+(\.\d+)+\s/, '');
  const withoutDates = withoutParagraphNumber.replace(/\b\d{1,2}(st|nd|rd|th)?\s+\w+\s+\d{4}\b|\b(19|20)\d{2}\b/g, '');
  return /(?<![\d.])\d[\d,.]*\s*%?/.test(withoutDates);
}

/** "3,499 pupils", "55% completion rate", "thirteen Personal Advisors": a figure beside the thing counted. */
function figureNextToCounted(text: string, countedStems: string[]): boolean {
  if (countedStems.length === 0) return false;
  const tokens = text.toLowerCase().match(/[\w%,.'’-]+/g) ?? [];
  const isNumber = (token: string) => {
    const bare = token.replace(/[.,]$/, '');
    return !/^(19|20)\d{2}$/.test(bare) && new RegExp(`^${numberWord}$`).test(bare);
  };
  const counted = new Set(countedStems);
  return tokens.some((token, index) => {
    if (!isNumber(token)) return false;
    const after = tokens.slice(index + 1, index + 4).flatMap((word) => contentTerms(word));
    return after.some((stem) => counted.has(stem));
  });
}

function isHeadingOnly(text: string): boolean {
  if (/^\s*#{1,6}\s/.test(text) || /^\s*\*\*[^*]+\*\*\s*$/.test(text)) return true;
  const plain = text.replace(/<[^>]+>|[*#_\-–:\s]|resolved|that/gi, '');
  return plain.length < 3 || /^\d+\.\s+[A-Z0-9 ,'’&()/-]+$/.test(text.trim());
}

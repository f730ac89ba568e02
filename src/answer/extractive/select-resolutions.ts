import { splitSegments } from '../../core/sentences.js';
import type { QuestionAnalysis } from '../../search/analyze-question.js';
import { fromNamedBody } from './named-body.js';
import { coverage, presentStems, type Weigh } from './score-evidence.js';
import { isDecisionLabel } from './segment-signals.js';
import type { Candidate, ScoredSegment } from './select-segments.js';

/**
 * "What was resolved on X": find the minute items about X (judged on all their retrieved chunks)
 * and answer with their Resolved lists, preferring decisions that themselves speak to X.
 */
export function selectResolutions(
  candidates: Candidate[],
  analysis: QuestionAnalysis,
  weigh: Weigh,
): ScoredSegment[] | undefined {
  const items = new Map<string, { coverage: number; resolvedIndex?: number }>();
  // Another body's decision is not what the named one decided, however close its words.
  const fromBody = fromNamedBody(
    analysis,
    candidates.map(({ passage }) => passage.chunk),
  );
  candidates.forEach((candidate, index) => {
    const { chunk } = candidate.passage;
    if (!chunk.minute || !fromBody(chunk)) return;
    const key = `${chunk.source}|${chunk.partIndex}|${chunk.minute}`;
    const item = items.get(key) ?? { coverage: 0 };
    item.coverage = Math.max(item.coverage, candidate.coverage);
    if (chunk.section === 'Resolved') item.resolvedIndex = index;
    items.set(key, item);
  });
  const scored = [...items.values()]
    .filter((item) => item.resolvedIndex !== undefined)
    .map((item) => {
      const resolved = candidates[item.resolvedIndex!]!.passage.chunk;
      // The item's title is what its decision is about: "DEFERRED" under "Former Lantern Inn" speaks to the inn.
      const about = resolved.minuteTitle ? `${resolved.minuteTitle}\n${resolved.text}` : resolved.text;
      const own = coverage(analysis.stems, presentStems(about, analysis.expansions), weigh);
      return { ...item, own, score: item.coverage + 0.5 * own };
    })
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  // A decision that says nothing on the topic (the item only mentioned it in passing) is no answer:
  // fall back to what was said.
  if (!best || best.own === 0) return undefined;
  // An item closer to the question that records its decision as a motion ("Moved … Seconded … CARRIED 4/1")
  // has no Resolved block: another item's Resolved list would answer for the wrong item, even another paper.
  const closerUnresolved = [...items.values()].some(
    (item) => item.resolvedIndex === undefined && item.coverage > best.coverage,
  );
  if (closerUnresolved) return undefined;
  // A second item must be as relevant and its decision must itself speak to the topic ("noted" does not).
  const chosen = scored
    .slice(0, 2)
    .filter((item) => item === best || (item.score >= best.score * 0.92 && item.own > 0));
  return chosen.flatMap((item) => {
    const passageIndex = item.resolvedIndex!;
    return splitSegments(candidates[passageIndex]!.passage.chunk.text)
      .filter(
        (segment) =>
          segment.text.replace(/<[^>]+>|[*#_\-–:\s]|resolved|that/gi, '').length >= 3 && !isDecisionLabel(segment.text),
      )
      .map((segment) => ({ ...segment, passageIndex, score: item.score, signal: 0 }));
  });
}

/**
 * The share of the best passage's coverage a passage needs to be used. Asked what was decided, a
 * minute's Resolved block is kept on less: it states the decision in the item's formal words
 * ("agree to the disposal of the depot site…"), not the asker's or the officers' report's.
 */
export function keptShare(analysis: QuestionAnalysis, candidate: Candidate): number {
  return analysis.intent === 'resolution' && candidate.passage.chunk.section === 'Resolved' ? 0.4 : 0.6;
}

import type { Chunk } from '../../core/chunk.js';
import type { QuestionAnalysis } from '../../search/analyze-question.js';
import { coverage, passageContext, presentStems, type Weigh } from './score-evidence.js';

export interface EvidenceJudgement {
  answer: boolean;
  /** The best single passage's share of the question's topic weight. */
  strongest: number;
  /** The share the top passages hold between them. */
  combined: number;
}

/**
 * Whether the top passages hold enough of the question to answer it. One passage holding at least
 * `minimumCoverage` of the topic weight answers. A long question whose topic is spread over a few
 * passages (an exchange in a transcript) answers when together they hold that much, including its
 * two heaviest words: "a tourist tax" is not answered from passages on tourism. A name the question
 * types that none of them prints means the papers are about something else ("Manston airport", a
 * person who never spoke): no answer, however much else matches.
 */
export function judgeEvidence(
  analysis: QuestionAnalysis,
  chunks: Chunk[],
  weigh: Weigh,
  minimumCoverage: number,
): EvidenceJudgement {
  const topic = analysis.stems.filter((stem) => !analysis.dateStems.includes(stem));
  const present = chunks.map((chunk) => presentStems(passageContext(chunk), analysis.expansions));
  const strongest = Math.max(0, ...present.map((stems) => coverage(analysis.stems, stems, weigh)));
  const union = new Set(present.flatMap((stems) => [...stems]));
  const combined = coverage(analysis.stems, union, weigh);
  const missingName = analysis.namedStems.some((stem) => topic.includes(stem) && !union.has(stem));
  const heaviest = [...topic].sort((a, b) => weigh(b) - weigh(a)).slice(0, 2);
  const spread = combined >= minimumCoverage && heaviest.every((stem) => union.has(stem));
  return {
    answer: analysis.stems.length > 0 && !missingName && (strongest >= minimumCoverage || spread),
    strongest,
    combined,
  };
}

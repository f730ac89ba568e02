import type { Metrics } from '../../src/evaluation/score-results.js';
import type { CorpusEvaluation } from './evaluate-corpus.js';

/** A metric table (Quorum beside the naive baseline) followed by every miss and what was retrieved. */
export function formatEvaluation(evaluation: CorpusEvaluation): string {
  const keys = Object.keys(evaluation.quorum.metrics) as (keyof Metrics)[];
  const lines = [`metric                 quorum    baseline   (${evaluation.chunks} chunks)`];
  // ROUGE keys appear only for sets with reference answers; the baseline is scored the same way.
  for (const key of keys) {
    const ours = evaluation.quorum.metrics[key];
    if (ours === undefined) continue;
    const theirs = evaluation.baseline?.metrics[key];
    lines.push(
      `${key.padEnd(22)} ${format(ours).padStart(7)}   ${theirs === undefined ? '' : format(theirs).padStart(7)}`,
    );
  }
  if (evaluation.failed.length > 0) {
    lines.push('', `papers left out (${evaluation.failed.length}):`);
    for (const failure of evaluation.failed) lines.push(`- ${failure.message}`);
  }
  const misses = evaluation.quorum.results.filter((result) =>
    result.unanswerable
      ? !result.answer.abstained || result.answer.citations.length > 0
      : result.answer.abstained ||
        (result.evidenceRank ?? Infinity) > 5 ||
        result.factsHeld.includes(false) ||
        result.citationsRelevant.includes(false) ||
        !result.citedExpectedDate,
  );
  if (misses.length > 0) lines.push('', `misses (${misses.length}):`);
  for (const miss of misses) {
    lines.push(`- ${miss.id}: ${miss.question}`);
    const problems = [
      miss.unanswerable && !miss.answer.abstained ? 'answered an unanswerable question' : '',
      !miss.unanswerable && miss.answer.abstained ? 'abstained' : '',
      !miss.unanswerable && (miss.evidenceRank ?? Infinity) > 5 ? `evidence rank ${miss.evidenceRank ?? 'none'}` : '',
      miss.factsHeld.includes(false) ? `facts held ${JSON.stringify(miss.factsHeld)}` : '',
      miss.citationsRelevant.includes(false) ? `citations relevant ${JSON.stringify(miss.citationsRelevant)}` : '',
      !miss.unanswerable && !miss.citedExpectedDate ? 'no citation with the expected date' : '',
    ].filter(Boolean);
    lines.push(`    ${problems.join('; ')}`);
    for (const passage of miss.answer.passages.slice(0, 3)) {
      lines.push(`    retrieved ${passage.score.toFixed(3)} ${passage.chunk.headingPath.slice(1).join(' › ')}`);
    }
  }
  return lines.join('\n');
}

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(3);
}

import type { Chunk } from '../../core/chunk.js';
import type { QuestionAnalysis } from '../../search/analyze-question.js';
import { passageContext, presentStems } from './score-evidence.js';

/**
 * "How many staff work in the MASH?" answered from passages none of which prints "MASH", spelled out or not:
 * the lines quoted count something else ("975 staff attended training"), however well the rest of the question
 * matches. Only an acronym the papers print elsewhere: one the index never saw is the asker's shorthand, which
 * the vocabulary may not bridge; and a figure typed in capitals ("18-25", "Q3") is no name.
 */
export function omitsAcronymAsked(
  analysis: Pick<QuestionAnalysis, 'acronymStems' | 'stems' | 'expansions'>,
  quotedPassages: Chunk[],
  isUnseen: (stem: string) => boolean,
): boolean {
  if (quotedPassages.length === 0) return false;
  const asked = analysis.acronymStems.filter(
    (stem) => analysis.stems.includes(stem) && !/\d/.test(stem) && !isUnseen(stem),
  );
  if (asked.length === 0) return false;
  const printed = quotedPassages.map((chunk) => presentStems(passageContext(chunk), analysis.expansions));
  return asked.some((stem) => !printed.some((stems) => stems.has(stem)));
}

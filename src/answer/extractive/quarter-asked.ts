import type { Chunk } from '../../core/chunk.js';
import { type Segment, splitSegments } from '../../core/sentences.js';
import { readRow, tablesIn } from '../../core/table-rows.js';
import type { RetrievedPassage } from '../../search/retrieval.js';
import type { ContinuedList } from './list-after-intro.js';

/** A quarter of a year: its number and, when given, the year it falls in (a financial year's first year). */
export interface Quarter {
  number: number;
  year?: number;
}

// "Q1 2023-24", "q3 22/23", "quarter 2 of 2031-32", "Quarter 4 2030": the label a quarterly table row or line prints.
// A year follows on the same cell (spaces, never a table's tab): "Q3\t44" is the quarter and its figure.
const quarterLabel = /\b(?:q|quarter +)([1-4])\b(?: +(?:of +)?((?:19|20)?\d{2})(?: *[/–-] *\d{2,4})?\b)?/gi;

function readQuarter(match: RegExpMatchArray): Quarter {
  const written = match[2];
  const year = written === undefined ? undefined : written.length === 2 ? 2000 + Number(written) : Number(written);
  return year === undefined ? { number: Number(match[1]) } : { number: Number(match[1]), year };
}

/** The quarter the question asks about ("how many referrals in q1 2023-24"), if it names one. */
export function askedQuarter(question: string): Quarter | undefined {
  const match = [...question.matchAll(quarterLabel)][0];
  return match ? readQuarter(match) : undefined;
}

/** Whether a line prints the quarter asked: its number, and its year where both say one. */
export function printsQuarter(text: string, asked: Quarter): boolean {
  return [...text.matchAll(quarterLabel)]
    .map(readQuarter)
    .some(
      (printed) =>
        printed.number === asked.number &&
        (asked.year === undefined || printed.year === undefined || printed.year === asked.year),
    );
}

/**
 * Asked for one quarter's figure, a line giving the total or another period does not answer: the line that prints
 * that quarter does (a quarterly table's row), quoted instead: of the quoted passages first, then of the others
 * found. When none of them prints it, the papers do not break the figure down to that quarter, and `undefined`
 * says so.
 */
export function withQuarterAsked(
  chosen: ContinuedList,
  question: string,
  found: RetrievedPassage[],
): ContinuedList | undefined {
  const asked = askedQuarter(question);
  if (!asked || chosen.segments.length === 0) return chosen;
  if (chosen.segments.some((segment) => printsQuarter(segment.text, asked))) return chosen;
  const best = chosen.segments[0]!;
  const quoted = [...new Set(chosen.segments.map((segment) => segment.passageIndex))].map(
    (index) => chosen.candidates[index]!.passage,
  );
  // An item titled by the quarter ("Revenue Budget Monitoring – Quarter 1") reports that quarter in every line.
  if (printsQuarter(chosen.candidates[best.passageIndex]?.passage.chunk.minuteTitle ?? '', asked)) return chosen;
  for (const passage of [...quoted, ...found]) {
    const row = splitSegments(passage.chunk.text).find((line) => printsQuarter(line.text, asked));
    if (!row) continue;
    const known = chosen.candidates.findIndex((candidate) => candidate.passage.chunk === passage.chunk);
    const candidates = known >= 0 ? chosen.candidates : [...chosen.candidates, { passage, coverage: 0 }];
    const passageIndex = known >= 0 ? known : candidates.length - 1;
    const text = withTableColumnNames(passage.chunk, row);
    return { candidates, segments: [{ ...row, text, passageIndex, score: best.score, signal: best.signal }] };
  }
  return undefined;
}

/**
 * The row a quarter picked, read with its table's column names ("Q1 2031-32 — Referrals: 28; Completed: 9"); as
 * printed when it stands in no table.
 */
function withTableColumnNames(chunk: Pick<Chunk, 'text' | 'tableHeader'>, row: Segment): string {
  for (const table of tablesIn(chunk.text, chunk.tableHeader)) {
    const cells = table.rows.find((line) => line.start === row.start)?.cells;
    if (cells) return readRow(cells, table.header);
  }
  return row.text;
}

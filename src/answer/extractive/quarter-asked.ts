import { type Segment, splitSegments } from '../../core/sentences.js';
import { readRow } from '../../core/table-rows.js';
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
  for (const passage of [...quoted, ...found]) {
    const row = splitSegments(passage.chunk.text).find((line) => printsQuarter(line.text, asked));
    if (!row) continue;
    const known = chosen.candidates.findIndex((candidate) => candidate.passage.chunk === passage.chunk);
    const candidates = known >= 0 ? chosen.candidates : [...chosen.candidates, { passage, coverage: 0 }];
    const passageIndex = known >= 0 ? known : candidates.length - 1;
    const text = withTabColumnNames(passage.chunk.text, row);
    return { candidates, segments: [{ ...row, text, passageIndex, score: best.score, signal: best.signal }] };
  }
  return undefined;
}

/**
 * A tab-separated row read with the column names above it ("Q1 2031-32 — Referrals: 28; Completed: 9"): the
 * nearest line of the same table with as many cells, none holding a figure. Only for the row a quarter picked:
 * any wide gap of a PDF's text layer is a tab, so tab lines in general are no table.
 */
function withTabColumnNames(text: string, row: Segment): string {
  const cells = row.text.split('\t').map((cell) => cell.trim());
  if (cells.length < 2) return row.text;
  const above = text.slice(0, row.start).split('\n').slice(0, -1).reverse();
  for (const line of above) {
    if (!line.includes('\t')) break;
    const names = line.split('\t').map((cell) => cell.trim());
    const named = names.filter((name) => name !== '');
    if (names.length === cells.length && named.length >= 2 && named.every((name) => !/\d/.test(name)))
      return readRow(cells, names);
  }
  return row.text;
}

import { readRow, type Table, tablesIn } from '../../core/table-rows.js';
import { contentTerms } from '../../core/tokenize.js';
import type { RetrievedPassage } from '../../search/retrieval.js';
import type { ContinuedList } from './list-after-intro.js';

// "which quarter had the most completions", "in which ward were the fewest notices issued": the row asked for is
// the one with the highest or lowest figure under a column, which no line of prose prints.
const superlative =
  /\b(?:which|what)\b[^?]*?(?<!\bat +)\b(most|highest|largest|biggest|greatest|fewest|lowest|least|smallest)\b(?! +(?:recent|recently|senior|important|likely|common|popular)\b)([^?]*)/i;
const highest = /^(?:most|highest|largest|biggest|greatest)$/i;
// A total or average row sums the others; it is no row of its own.
const summaryRow = /^(?:total|totals|grand total|overall|sum|average|mean|all)\b/i;
const figure = /^[£$€]?\s*-?\d[\d,]*(?:\.\d+)?\s*%?$/;

/** The superlative a question asks of a table's rows: highest or lowest, and the words naming the measure. */
function askedExtreme(question: string): { highest: boolean; measure: string[] } | undefined {
  const match = superlative.exec(question);
  if (!match) return undefined;
  return { highest: highest.test(match[1]!), measure: contentTerms(match[2]!) };
}

function withoutMarkup(cell: string): string {
  return cell.replace(/<[^>]+>/g, '').trim();
}

function figureOf(cell: string): number | undefined {
  const plain = withoutMarkup(cell);
  return figure.test(plain) ? Number(plain.replace(/[£$€,%\s]/g, '')) : undefined;
}

/**
 * The column the measure names: the one sharing most of its words, then with fewest words of its own beyond them
 * ("referrals" is "Referrals", not "Referrals engaging"). Two columns that tie name no column: "drop out of the
 * course" is neither "Started Course" nor "Completed Course".
 */
function namedColumn(table: Table, measure: string[]): number | undefined {
  const asked = new Set(measure);
  const scored = table.header.map((name, index) => {
    const stems = contentTerms(name);
    const shared = stems.filter((stem) => asked.has(stem)).length;
    return { index, shared, own: stems.length - shared };
  });
  const ranked = scored
    .slice(1)
    .filter((column) => column.shared > 0)
    .sort((a, b) => b.shared - a.shared || a.own - b.own);
  const [best, next] = ranked;
  if (!best || (next && next.shared === best.shared && next.own === best.own)) return undefined;
  return best.index;
}

/** A table of figures: every cell but a row's label is one. */
function isFigureTable(table: Table): boolean {
  return table.rows.every((row) => row.cells.slice(1).every((cell) => figureOf(cell) !== undefined));
}

/**
 * Asked which row of a table has the highest or lowest figure ("which quarter had the most completions"), the
 * answer is that row, read with its column names and said to be the highest or lowest of the rows: of the quoted
 * passages first, then of the others found. When a quoted passage holds a table of figures but no column of any
 * table found, or not one column, names the measure ("drop-outs" of a table of starters and completers), the
 * papers do not rank the rows by it, and `undefined` says so; without such a table the lines chosen are kept.
 */
export function withExtremeRowAsked(
  chosen: ContinuedList,
  question: string,
  found: RetrievedPassage[],
): ContinuedList | undefined {
  const asked = askedExtreme(question);
  if (!asked || asked.measure.length === 0 || chosen.segments.length === 0) return chosen;
  const best = chosen.segments[0]!;
  const quoted = [...new Set(chosen.segments.map((segment) => segment.passageIndex))].map(
    (index) => chosen.candidates[index]!.passage,
  );
  for (const passage of [...quoted, ...found]) {
    for (const table of tablesIn(passage.chunk.text, passage.chunk.tableHeader)) {
      const column = namedColumn(table, asked.measure);
      if (column === undefined) continue;
      const rows = table.rows.filter((row) => !summaryRow.test(withoutMarkup(row.cells[0] ?? '')));
      const values = rows.map((row) => figureOf(row.cells[column] ?? ''));
      if (rows.length < 2 || values.some((value) => value === undefined)) continue;
      const extreme = asked.highest ? Math.max(...(values as number[])) : Math.min(...(values as number[]));
      const known = chosen.candidates.findIndex((candidate) => candidate.passage.chunk === passage.chunk);
      const candidates = known >= 0 ? chosen.candidates : [...chosen.candidates, { passage, coverage: 0 }];
      const passageIndex = known >= 0 ? known : candidates.length - 1;
      // The first column's name says what a row is ("Ward: Castlegate"), which a question asking "which ward" wants said.
      const rowNoun = table.header[0] ? `${withoutMarkup(table.header[0])}: ` : '';
      const which = `${asked.highest ? 'highest' : 'lowest'} ${table.header[column]} of the ${rows.length} rows`;
      const segments = rows
        .filter((_, index) => values[index] === extreme)
        .map((row) => ({
          start: row.start,
          end: row.start + row.text.length,
          text: `${rowNoun}${readRow(row.cells.map(withoutMarkup), table.header)} (the ${which})`,
          passageIndex,
          score: best.score,
          signal: best.signal,
        }));
      return { candidates, segments };
    }
  }
  return quoted.some((passage) => tablesIn(passage.chunk.text, passage.chunk.tableHeader).some(isFigureTable))
    ? undefined
    : chosen;
}

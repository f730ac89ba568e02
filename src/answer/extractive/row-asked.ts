import type { Chunk } from '../../core/chunk.js';
import { headedRow } from '../../core/table-rows.js';
import { contentTerms } from '../../core/tokenize.js';
import type { QuestionAnalysis } from '../../search/analyze-question.js';

// Asked how someone voted, a named-vote table's columns ("For | Against | Abstain") are what was asked.
const asksVote = /\bvot(?:e|ed|ing)\b/i;
const voteColumn = /^(?:for|against|abstain(?:ed|ing|s)?|abstention|aye|ayes|no|noes|yes|absent|did not vote)$/i;
// A column named by a period ("Post 2032", "Pre-2020", "Beyond 2030") is picked by its years, which are the
// question's dates: the word saying before or after names no topic, and "post-16" or "pre-school" asks of no year.
const periodLead = /\b(?:pre|post|beyond|since)\W*(?=(?:19|20)\d{2}\b)/gi;
// Asked for an overspend or underspend, a budget table's variance column holds it, and its total row the whole of
// it ("Total | 18,320 | 19,457 | 1,137"): the question names neither.
const asksVariance = /\b(?:over|under)\s*-?spen(?:d|t|ding)s?\b/i;
const varianceColumn = /\bvariance\b|\bover\s*\/?\s*\(?under\)?\s*spend\b/i;
const totalRow = /^(?:net\s+|grand\s+)?total\b/i;
const rowBonus = 1;
const shortValue = 4;

/**
 * A table row names what it is about in its first cell ("Dalby", "Infrastructure", "R4") and what is said of
 * it under its columns ("Against", "Target 12%", "Status"). A row the question names, under a column the
 * question asks for ("how did Dalby vote", "what is the target for infrastructure"), answers it outright,
 * where the prose around the table shares more of the question's words and answers only its topic.
 */
export function rowAskedBonus(
  chunk: Pick<Chunk, 'text' | 'tableHeader'>,
  segment: { start: number; text: string },
  analysis: QuestionAnalysis,
) {
  const row = headedRow(chunk.text, segment, chunk.tableHeader);
  if (!row) return 0;
  const { cells, header } = row;
  const asked = new Set(analysis.stems.filter((stem) => !analysis.dateStems.includes(stem)));
  // The row is named by its first cell ("how did Dalby vote"), or picked by a short value the question
  // asks for ("which audits were limited" picks the rows reading "Limited").
  const names =
    contentTerms(cells[0] ?? '').some((stem) => asked.has(stem)) ||
    cells.slice(1).some((cell) => {
      const stems = contentTerms(cell);
      return stems.length > 0 && cell.split(/\s+/).length <= shortValue && stems.every((stem) => asked.has(stem));
    });
  const columns = header.slice(1);
  if (
    asksVariance.test(analysis.question) &&
    totalRow.test(cells[0] ?? '') &&
    columns.some((name) => varianceColumn.test(name))
  )
    return rowBonus;
  const column =
    columns.some((name) => contentTerms(name.replace(periodLead, '')).some((stem) => asked.has(stem))) ||
    (asksVote.test(analysis.question) && columns.some((name) => voteColumn.test(name)));
  return names && column ? rowBonus : 0;
}

import type { Part, Span } from '../core/paper.js';

const labels = {
  summary: /^(?:report\s+)?summary:?$/i,
  recommendations: /^recommendations?:?$/i,
};
// Any summary-sheet label ends the field before it.
const nextLabel =
  /^(?:recommendations?|list of appendices|background papers|consideration by|council approval|exempt from|is this a key decision|report author|ward\(?s?\)? affected|strategic director)\b/i;

/**
 * Where a report's summary sheet states its summary or recommendations, verbatim: the parser keeps the
 * text cleaned of markup, citations need the span it came from.
 */
export function locateSheetField(text: string, part: Part, field: keyof typeof labels): Span | undefined {
  let position = part.start;
  let start: number | undefined;
  let end: number | undefined;
  for (const line of text.slice(part.start, part.end).split('\n')) {
    const lineStart = position;
    position += line.length + 1;
    const clean = line.replace(/[*#_]/g, '').trim();
    if (start === undefined) {
      if (labels[field].test(clean)) start = position;
      continue;
    }
    if (clean === '') continue;
    if (nextLabel.test(clean) && !labels[field].test(clean)) break;
    // An unknown bold label after the field's text starts another field.
    if (end !== undefined && /^\*\*[^*]+\*\*$/.test(line.trim())) break;
    end = lineStart + line.trimEnd().length;
  }
  if (start === undefined || end === undefined) return undefined;
  const leading = text.slice(start, end).length - text.slice(start, end).trimStart().length;
  return { start: start + leading, end };
}

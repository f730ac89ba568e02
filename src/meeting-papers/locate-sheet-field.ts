import type { Part, Span } from '../core/paper.js';

// A label on a line of its own ("**Report Summary**") or leading its text ("Summary: This report…").
const labels = {
  summary: /^(?:report\s+)?summary(?:\s*:\s*|\s*$)/i,
  recommendations: /^recommendations?(?:\(s\))?(?:\s*:\s*|\s*$)/i,
  // A decision notice's or record of decision's "Decision:" (not "Decision maker:", "Decision no:").
  decision: /^decisions?(?:\s+taken)?(?:\s*:\s*|\s*$)/i,
};
// Any summary-sheet or cover-sheet label ends the field before it, whatever the council's layout.
const nextLabel =
  /^(?:(?:recommendations?(?:\(s\))?|list of appendices|appendices|background (?:papers|documents)|consideration by|council approval|exempt from|is this a key decision|key decision|report author|contact (?:officer|details)|ward\(?s?\)? affected|electoral divisions?|(?:strategic|relevant|corporate) director|from|to|subject|decision (?:no|number)|classification|(?:past|future) pathway(?: of report)?|reasons?(?:\(s\))? for (?:the )?decision|alternative options|options considered|conflicts? of interest|any interest declared|call-in|decision (?:maker|date|taken by|to be taken by))\b\s*:?|(?:report\s+)?summary\s*:)/i;
// A numbered section heading ("1. Introduction") ends a field whose label led its text.
const sectionHeading = /^\d+(?:\.\d+)*\.?\s+[A-Z][^.:;]{0,60}$/;

/**
 * Where a report's summary sheet or cover sheet states its summary or recommendations, verbatim: the parser
 * keeps the text cleaned of markup, citations need the span it came from.
 */
export function locateSheetField(text: string, part: Part, field: keyof typeof labels): Span | undefined {
  let position = part.start;
  let start: number | undefined;
  let end: number | undefined;
  let inline = false;
  const lines = text.slice(part.start, part.end).split('\n');
  for (const [index, line] of lines.entries()) {
    const lineStart = position;
    position += line.length + 1;
    const clean = line.replace(/[*#_]/g, '').trim();
    if (start === undefined) {
      const label = labels[field].exec(clean);
      if (!label) continue;
      const rest = clean.slice(label[0].length);
      if (rest === '') {
        start = position;
        continue;
      }
      // The field's text follows its label on the same line.
      inline = true;
      start = lineStart + line.indexOf(rest);
      end = lineStart + line.trimEnd().length;
      continue;
    }
    if (clean === '') continue;
    if (nextLabel.test(clean) && !labels[field].test(clean)) break;
    if (inline && sectionHeading.test(clean)) break;
    // "1. Introduction" over "1.1 …" is the report's body, whatever the label's layout: a recommendation
    // numbered "1." is not followed by paragraphs numbered under it.
    if (sectionHeading.test(clean) && startsSubsection(lines, index, clean)) break;
    // An unknown bold label after the field's text starts another field.
    if (end !== undefined && /^\*\*[^*]+\*\*$/.test(line.trim())) break;
    end = lineStart + line.trimEnd().length;
  }
  if (start === undefined || end === undefined) return undefined;
  const leading = text.slice(start, end).length - text.slice(start, end).trimStart().length;
  return { start: start + leading, end };
}

function startsSubsection(lines: string[], index: number, heading: string): boolean {
  const number = /^\d+/.exec(heading)?.[0];
  const next = lines.slice(index + 1).find((line) => line.trim() !== '');
  return number !== undefined && next !== undefined && new RegExp(`^\\s*${number}\\.1\\b`).test(next);
}

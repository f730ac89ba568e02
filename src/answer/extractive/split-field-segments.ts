import { cleanLine } from '../../core/lines.js';
import { fieldLabels, isReportFieldLabel } from '../../core/report-fields.js';
import type { Segment } from '../../core/sentences.js';

const numberedSection = /^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}/u;
// A record of decision labels its own fields ("Decision:", "Reasons for the decision:", "Call-in deadline:"):
// a short capitalised label closing on a colon starts a field of its own, known to the sheet's labels or not.
const ownLabel = /^\p{Lu}[\p{L} ()/'’-]{2,50}:(?:\s|$)/u;

/**
 * A report's summary sheet is label and value ("Report Author(s)" / "Kayley Charlton"): each field is
 * one quotable piece, so "who wrote it" or "is it exempt" finds the label and its answer together.
 */
export function splitFieldSegments(text: string): Segment[] {
  const fields: Segment[] = [];
  let position = 0;
  for (const raw of text.split('\n')) {
    const start = position;
    position += raw.length + 1;
    const clean = cleanLine(raw);
    if (clean === '') continue;
    const current = fields.at(-1);
    // The report's own numbered sections follow the sheet ("1. Purpose of the report"): not a field's value,
    // unless the field so far is its label alone ("Recommendations" over "1. That members note …").
    if (
      current &&
      !isReportFieldLabel(clean) &&
      !ownLabel.test(clean) &&
      !(numberedSection.test(clean) && /\n\s*\n\s*$/.test(text.slice(0, start)) && !isLabelAlone(current.text))
    ) {
      current.end = start + raw.trimEnd().length;
      current.text = text.slice(current.start, current.end);
    } else {
      const leading = raw.length - raw.trimStart().length;
      fields.push({ start: start + leading, end: start + raw.trimEnd().length, text: raw.trim() });
    }
  }
  return fields;
}

/** A field that is so far one short line naming a sheet label ("Recommendations", "Decision:"), with no value yet. */
function isLabelAlone(field: string): boolean {
  const clean = cleanLine(field);
  if (field.includes('\n') || clean.length > 50) return false;
  return /:$/.test(clean) || fieldLabels.some(([, label]) => label.test(clean));
}

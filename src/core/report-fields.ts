import { readCoverLabel } from './cover-sheet-labels.js';

/** The labels of a report's summary sheet, each with the detail field its value fills. */
export const fieldLabels: [string, RegExp][] = [
  ['committee', /^Committee Name and Date of Committee Meeting/i],
  ['title', /^Report Title/i],
  ['keyDecision', /^Is this a Key Decision/i],
  ['director', /^Strategic Director Approving/i],
  ['author', /^Report Author/i],
  ['wards', /^Ward\(?s?\)? Affected/i],
  ['summary', /^(?:Report )?Summary$/i],
  ['recommendations', /^Recommendations?:?$/i],
  ['appendices', /^List of Appendices/i],
  ['background', /^Background Papers/i],
  ['consideration', /^Consideration by any other/i],
  ['approval', /^Council Approval Required/i],
  ['exempt', /^Exempt from the Press and Public/i],
];

/**
 * Whether a (cleaned) line is a label of the summary sheet's fields ("Report Author(s)", "Exempt from…") or
 * opens with a cover sheet's labelled field ("Report of: …", "Wards affected: All").
 */
export function isReportFieldLabel(clean: string): boolean {
  return fieldLabels.some(([, pattern]) => pattern.test(clean)) || readCoverLabel(clean) !== undefined;
}

/**
 * What a report cover sheet's labels stand for. English, Welsh, Scottish and Irish councils print the same
 * handful of facts under many labels ("To:", "Report to:", "Meeting:", "Committee:", "Decision maker:" all
 * name the body the report goes to); each label is read as the fact it gives.
 */
export type CoverField =
  | 'body'
  | 'meetingDate'
  | 'title'
  | 'author'
  | 'officer'
  | 'decisionNumber'
  | 'exempt'
  | 'keyDecision'
  | 'wards'
  | 'other';

const fieldLabels: [CoverField, RegExp][] = [
  [
    'body',
    /^(?:to|report to|submitted to|meeting|meeting of|name of (?:the )?(?:meeting|committee)|committee|committee name|decision[- ]?(?:maker|taker)|decision (?:to be )?(?:taken|made) by|for (?:the )?meeting of)$/,
  ],
  // Only the meeting's date: "Date of report" or "Date written" says when the paper was written, not when it is heard.
  [
    'meetingDate',
    /^(?:date|date of (?:the )?(?!next\b)(?:[a-z]+ ){0,2}meeting|meeting date|date of committee|committee date|date of decision|decision date)$/,
  ],
  [
    'title',
    /^(?:subject|title|report title|title of (?:the )?report|report subject|subject of (?:the )?report|name of report)$/,
  ],
  [
    'author',
    /^(?:from|by|report of|report by|report from|submitted by|presented by|responsible (?:officer|director))$/,
  ],
  [
    'officer',
    /^(?:report author(?:\(s\)|s)?|authors?|lead officer|contact officer(?:\(s\)|s)?|officer contact|report writer|contact(?: name)?)$/,
  ],
  ['decisionNumber', /^(?:decision (?:no|number|ref(?:erence)?)|forward plan (?:no|number|ref(?:erence)?))$/],
  [
    'exempt',
    /^(?:exempt|exempt information|exempt report|exempt from (?:the )?press and public|classification|confidential|confidential(?:ity)?(?: status)?|public or private|open or exempt|part i or part ii)$/,
  ],
  ['keyDecision', /^(?:key decision|is this a key decision)$/],
  [
    'wards',
    /^(?:wards?(?:\(s\))?(?: affected)?|electoral divisions?(?: affected)?|divisions? affected|local members?)$/,
  ],
  [
    'other',
    /^(?:portfolio|portfolio holder|cabinet member|responsible cabinet member|lead member|executive member|cabinet portfolio|past pathway(?: of (?:report|paper))?|future pathway(?: of (?:report|paper))?|is the decision eligible for call-in|call-in|subject to call-in|date of report|report date|report (?:no|number|ref(?:erence)?)|agenda item(?: no| number)?|item (?:no|number)|reference|status|report status|purpose|corporate priority|council plan priority|strategic director|director|service area|directorate|appendices|background papers)$/,
  ],
];

/** The fact a label gives ("Report of" → the author), or undefined for a label no cover sheet prints. */
export function coverFieldOf(label: string): CoverField | undefined {
  const name = label.trim().replace(/\.$/, '').replace(/\s+/g, ' ').toLowerCase();
  return fieldLabels.find(([, pattern]) => pattern.test(name))?.[0];
}

// "Label: value" or "Label?" answered on the same line: a label is short and starts with a capital.
const labelLine = /^([A-Z][A-Za-z()/' -]{0,40}?)\s*[:?]\s*(.*)$/;

export interface CoverLabelLine {
  field: CoverField;
  label: string;
  value: string;
}

// A table row "Label<tab>value": a cover sheet laid out as two columns prints no colon (the PDF and Word readers
// write the column gutter as a tab).
const cellLabel = /^\s*([A-Z][A-Za-z()/' -]{0,40}?)[ ]*\t\s*(.*)$/;

/**
 * The field a line labels, with the value printed after the label. `clean` is the cleaned line; `raw`, when
 * given, is read for a two-column row whose gutter the cleaning turned into a space.
 */
export function readCoverLabel(clean: string, raw?: string): CoverLabelLine | undefined {
  const match = labelLine.exec(clean) ?? (raw?.includes('\t') ? cellLabel.exec(raw) : null);
  if (!match) return undefined;
  const field = coverFieldOf(match[1]!);
  return field
    ? { field, label: match[1]!.trim().toLowerCase(), value: match[2]!.replace(/\s+/g, ' ').trim() }
    : undefined;
}

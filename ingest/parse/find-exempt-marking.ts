/**
 * Whether a paper's cover marks it exempt from publication: true for an exempt or confidential marking,
 * false for an explicit public one ("Classification: Unrestricted", "Exempt from the Press and Public: No"),
 * null when the text says neither. Councils word this many ways; every wording lives here, so briefings,
 * answers and the store agree on what may be shown. Pass the cover (summary sheet, first lines), not a
 * whole pack: an agenda's standard "the public may be excluded … Schedule 12A" notice is about other items.
 */
export function findExemptMarking(cover: string): boolean | null {
  // A tab is a table's gutter ("Exempt<tab>No" on a two-column cover): kept, it separates label and value.
  const text = cover
    .replace(/[*_#>]+/g, ' ')
    .replace(/[ \t]*\t[ \t]*/g, '\t')
    .replace(/ +/g, ' ');
  // Statements that the paper is for publication win: "For publication [Do not include information which is
  // exempt from publication under schedule 12a …]" is an instruction to the author, not a marking.
  if (/\bfor publication\b(?!\s+by virtue)/i.test(text) && !/\bnot for publication\b/i.test(text)) return false;
  for (const [pattern, exempt] of markings) if (pattern.test(text)) return exempt;
  return null;
}

const yes = String.raw`(?:y|yes|exempt|partially|part(?:ly)?|in part)\b`;
const no = String.raw`(?:n|no|none|not exempt|not applicable|n\/a)\b`;

const exemptField =
  '(?:exempt(?: information| report| item)?|confidential(?: information)?|open or exempt|public or private|part i or part ii)';

const markings: [RegExp, boolean][] = [
  [/\bnot for publication\b/i, true],
  [new RegExp(String.raw`exempt from (?:the )?press and public\b[^\n:?]*[:?]?\s*(?:\n\s*)?${yes}`, 'i'), true],
  [new RegExp(String.raw`exempt from (?:the )?press and public\b[^\n:?]*[:?]?\s*(?:\n\s*)?${no}`, 'i'), false],
  [
    new RegExp(
      String.raw`\bis (?:this|the) (?:report|paper|item)[^\n?]{0,40}(?:exempt|confidential)[^\n?]*\?\s*(?:\n\s*)?${yes}`,
      'i',
    ),
    true,
  ],
  [
    new RegExp(
      String.raw`\bis (?:this|the) (?:report|paper|item)[^\n?]{0,40}(?:exempt|confidential)[^\n?]*\?\s*(?:\n\s*)?${no}`,
      'i',
    ),
    false,
  ],
  // A cover sheet's own field: "Exempt: No", "Exempt information: Yes", "Confidential: No", "Open or exempt: Open",
  // or the same as a two-column row.
  [
    new RegExp(
      String.raw`^\s*${exemptField}(?:\s*[:?]|[ ]?\t)\s*(?:\n\s*)?(?:${yes}|private|closed|part (?:2|ii|b)\b)`,
      'im',
    ),
    true,
  ],
  [
    new RegExp(
      String.raw`^\s*${exemptField}(?:\s*[:?]|[ ]?\t)\s*(?:\n\s*)?(?:${no}|open\b|public\b|part (?:1|i|a)\b)`,
      'im',
    ),
    false,
  ],
  [/\bclassification\s*:?\s*(?:\n\s*)?(?:un-?restricted|public|open|official\b(?!\s*[-–]\s*sensitive))/i, false],
  [
    /\bclassification\s*:?\s*(?:\n\s*)?(?:restricted|exempt|confidential|private|closed|official\s*[-–]\s*sensitive)/i,
    true,
  ],
  [/\b(?:exempt|confidential) (?:information|report|appendix|item|paper)\b[^\n]{0,120}\bparagraphs?\s+\d/i, true],
  [/\bparagraphs?\s+\d+[a-z]?\b[^\n]{0,40}\bpart\s+(?:1|i|one)\b[^\n]{0,20}\bschedule\s+12\s?a\b/i, true],
  [/\bby virtue of (?:paragraph|section|schedule)\b/i, true],
  [/^\s*(?:private and confidential|strictly confidential|confidential|exempt|part (?:2|ii|b))\s*$/im, true],
  // A cover's "Part II – Exempt" or "Part I (Public)" line: the agenda part the report is taken in.
  [/^\s*part (?:2|ii|b)\s*[-–—(]\s*(?:exempt|private|confidential|not for publication)\)?\s*$/im, true],
  [/^\s*part (?:1|i|a)(?:\s*[-–—(]\s*(?:public|open)\)?)?\s*$/im, false],
  [/\bprivate (?:report|session|business)\b/i, true],
];

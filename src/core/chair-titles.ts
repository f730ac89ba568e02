// The title a meeting's chair goes by differs by country: Chair, Chairman or Chairperson in England, Convener
// in Scotland, Cathaoirleach in Ireland, Provost or Mayor where the civic head presides, Presiding Member in
// Welsh and Australian bodies. Vice- and Deputy titles are not the chair and are excluded by the callers.
const chairTitle =
  '(?:chair(?:man|person|woman)?|conven[eo]r|(?:an\\s+)?cathaoirleach|(?:lord\\s+)?(?:mayor|provost)|presiding(?:\\s+(?:member|officer|councillor))?)';

/**
 * "(Convener)", "(Chairman)", "(Mayor)", "(Town Mayor, in the chair)": the chair's title in brackets after a
 * name in a Present list; "(Vice-Chair)", "(Deputy Mayor)", "(Deputy Town Mayor)" are not the chair.
 */
export const bracketedChairTitle = new RegExp(
  `\\((?:[^()]*?[\\s,])?(?<!\\b(?:vice|deputy)[- ]?(?:(?:town|city|lord)\\s+)?)(?:in the chair|${chairTitle})\\)`,
  'i',
);

/** "Chairperson:" or "Convener –" opening a line, the chair named after it. */
export const labelledChairTitle = new RegExp(`^\\W*${chairTitle}(?:\\s*:|\\s+[–-]\\s)`, 'i');

// Where no chair is marked, the civic head presides and the minutes give only the title before the name:
// "Mayor T. Okonkwo", "Provost A. Drummond", "Reeve H. Voss" (Canadian townships), "Warden …" (Canadian
// counties), "Cathaoirleach …". Capitalised, as a title before a name is; "Deputy Mayor X" is not the chair.
const civicHead = String.raw`(?:Lord\s+)?(?:Mayor|MAYOR|Provost|PROVOST|Reeve|REEVE|Warden|WARDEN|Cathaoirleach|CATHAOIRLEACH)\s+\p{Lu}`;

/** A name in a Present list that opens with the presiding civic head's title: "Mayor T. Okonkwo". */
export const civicHeadName = new RegExp(`^(?:His\\s+Worship\\s+|Her\\s+Worship\\s+)?(?:the\\s+)?${civicHead}`, 'u');

// The same title among the names of a Present line: "Present: Mayor T. Okonkwo, Councillor …", "…, Diaz and
// Mayor Reyes"; not past a later label on the same line ("Regrets: Mayor …").
const presentWithCivicHead = new RegExp(
  `^\\W*(?:members\\s+|councillors\\s+)?present\\b(?:(?!\\b(?:regrets|absent|apologies|staff|also|officers)\\b)[^\\n])*?(?::\\s*|,\\s*|;\\s*|\\band\\s+)(?<!\\b(?:Deputy|Vice|DEPUTY|VICE)[- ]?)${civicHead}`,
  'imu',
);

// Whoever chaired this meeting itself, not "a working group chaired by…" in a report.
const chairPhrase =
  /\bin the chair\b|\bchair(?:ed)? (?:the|this) meeting\b|\bpresided\b|\bcalled the meeting to order\b/i;

/**
 * A text naming the meeting's chair: "in the chair", "(Convener)", "Chairperson:", "called the meeting to
 * order", "presided", or a Present list led by the civic head's title. Both the search (to reach the opening of
 * a meeting asked who chaired it) and the answer (to quote the line) read it.
 */
export function namesChair(text: string): boolean {
  return (
    chairPhrase.test(text) ||
    bracketedChairTitle.test(text) ||
    presentWithCivicHead.test(text) ||
    text.split('\n').some((line) => labelledChairTitle.test(line))
  );
}

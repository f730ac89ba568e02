// The title a meeting's chair goes by differs by country: Chair, Chairman or Chairperson in England, Convener
// in Scotland, Cathaoirleach in Ireland, Provost or Mayor where the civic head presides, Presiding Member in
// Welsh and Australian bodies. Vice- and Deputy titles are not the chair and are excluded by the callers.
const chairTitle =
  '(?:chair(?:man|person|woman)?|conven[eo]r|(?:an\\s+)?cathaoirleach|(?:lord\\s+)?(?:mayor|provost)|presiding(?:\\s+(?:member|officer|councillor))?)';

/**
 * "(Convener)", "(Chairman)", "(Mayor)", "(Town Mayor, in the chair)": the chair's title in brackets after a
 * name in a Present list; "(Vice-Chair)", "(Deputy Mayor)" are not the chair.
 */
export const bracketedChairTitle = new RegExp(
  `\\((?:[^()]*?[\\s,])?(?<!\\b(?:vice|deputy)[- ]?)(?:in the chair|${chairTitle})\\)`,
  'i',
);

/** "Chairperson:" or "Convener –" opening a line, the chair named after it. */
export const labelledChairTitle = new RegExp(`^\\W*${chairTitle}(?:\\s*:|\\s+[–-]\\s)`, 'i');

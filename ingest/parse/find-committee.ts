import { titleCase } from '../../src/core/committee-names.js';
import { upperCaseShare } from '../../src/core/lines.js';

const bodyWords = 'COMMISSION|COMMITTEE|BOARD|PANEL|CABINET|COUNCIL|FORUM|SUB-COMMITTEE|PARTNERSHIP';
// "BOARD OF DIRECTORS", "Council of Governors", "Board of Supervisors": a body named by whom it is made of.
const members = String.raw`(?:\s+OF\s+(?:DIRECTORS|GOVERNORS|TRUSTEES|SUPERVISORS|COMMISSIONERS|MANAGEMENT))?`;
// "PARISH ASSEMBLY", "GENERAL ASSEMBLY": an assembly named at the end of its heading, never "ASSEMBLY ROOMS".
const assembly = String.raw`(?:[A-Z][A-Z&'’,.\-]*\s+)+?ASSEMBLY(?=\s*(?:$|[-–,:(]|\d))`;
const upperCaseName = new RegExp(`^((?:[A-Z][A-Z&'’,.\\-]*\\s+)*?(?:${bodyWords})${members}|${assembly})\\b(.*)$`);
// A bilingual heading prints the body's name in each language: "PWYLLGOR CYNLLUNIO / PLANNING COMMITTEE",
// "ASSEMBLÉE PAROISSIALE / PARISH ASSEMBLY".
const languageSeparator = /\s+\/\s+/;
const mixedCaseName = new RegExp(`^([A-Z][A-Za-z&'’,.\\- ]*?\\b(?:${bodyWords})${members})\\b(.*)$`, 'i');

export interface CommitteeHeading {
  name: string;
  /** Whatever followed the name on the same line (often the meeting date). */
  rest: string;
}

/** A heading line naming a committee in capitals, e.g. "IMPROVING LIVES SELECT COMMISSION 15th January, 2019". */
export function findCommitteeHeading(clean: string): CommitteeHeading | undefined {
  const whole = capitalsName(clean);
  if (whole) return whole;
  const sides = clean.split(languageSeparator);
  return sides.length === 2 ? (capitalsName(sides[0]!) ?? capitalsName(sides[1]!)) : undefined;
}

function capitalsName(clean: string): CommitteeHeading | undefined {
  const match = upperCaseName.exec(clean);
  if (!match || upperCaseShare(match[1]!) < 0.9 || match[1]!.length > 80) return undefined;
  return { name: titleCase(match[1]!), rest: match[2]!.trim() };
}

/** A committee named in running text, e.g. "Improving Lives Select Commission – 05 December 2023". */
export function findCommitteeName(text: string): string | undefined {
  const match = mixedCaseName.exec(text.trim());
  if (!match || match[1]!.length > 80) return undefined;
  return titleCase(match[1]!);
}

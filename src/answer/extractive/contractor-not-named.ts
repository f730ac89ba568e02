// "Which contractor will resurface the car park", "what firm ran the pilot": a body asked for by its trade.
const asksContractor =
  /\b(?:which|what)\s+(?:contractors?|compan(?:y|ies)|firms?|suppliers?|providers?|operators?|organisations?|organizations?|consultanc(?:y|ies)|consultants?|developers?|builders?)\b/i;
// A place's name ends in one of these ("Ferrier Road", "Cobb Lane"): it says where, not who.
const placeName =
  /\b(?:\p{Lu}[\p{L}'’-]*\s+)+(?:Road|Lane|Street|Avenue|Way|Close|Drive|Place|Square|Park|Gardens|Green|Hill|Crescent|Terrace|Court|Row|Walk|Basin|Quay)\b/gu;
const dayOrMonth =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
// A capitalised word ("Threshold", "GoCar") or one in capitals ("CCN"): a name, unless it opens a sentence.
const capitalised = /(?<![\p{L}'’-])(?:\p{Lu}[\p{Ll}\p{Lu}'’-]+)/gu;
const sentenceOpening = /(?:^|[.!?:;)]\s*|^\W*)$/u;
// Words capitalised to open a clause or a heading, whatever precedes them: no name.
const openers = new Set(
  'the that a an this these those it its in on at to of for and or but with by from as if when where which who was were is are be no not all each every there their they we our he she his her'.split(
    ' ',
  ),
);

/**
 * "Which contractor will plant the street trees?" answered only by lines that name no one: the committee's decision
 * to plant them says what and where, not who, and quoting it reads as the answer the papers do not give. A line
 * answers when it prints a name inside a sentence other than a place's or a date's.
 */
export function omitsContractorAsked(question: string, lines: readonly string[]): boolean {
  if (!asksContractor.test(question) || lines.length === 0) return false;
  return !lines.some((line) => printsName(line.replace(placeName, ' ').replace(dayOrMonth, ' ')));
}

function printsName(line: string): boolean {
  for (const match of line.matchAll(capitalised)) {
    if (openers.has(match[0].toLowerCase())) continue;
    if (sentenceOpening.test(line.slice(0, match.index))) continue;
    return true;
  }
  return false;
}

import { monthPattern } from '../../core/dates.js';
import { contentTerms } from '../../core/tokenize.js';
import { spokenLines } from './answer-from-turns.js';
import { shownKinds, wantedKinds } from './answer-kinds.js';

// A time told in words as papers print it: a month or season, a year or financial year, a relative time ("next
// year", "shortly", "within six weeks", "in the short term"), a sitting ("at next Forum meeting"), or a day the line
// names.
const timeInWords = new RegExp(
  String.raw`\b(?:${monthPattern})[a-z]*\b|\b(?:spring|summer|autumn|winter|christmas|easter)\b|\b(?:19|20)\d{2}\b|\b(?:next|last|this|coming|following|previous)\s+(?:[\w-]+\s+){0,2}(?:week|month|year|meeting|sitting|quarter|term|financial year)\b|\bat (?:the |its |their )?(?:[\w-]+\s+){0,3}meeting\b|\b(?:shortly|soon|imminently|immediately|yesterday|today|tomorrow|annually|monthly|weekly|fortnightly|quarterly)\b|\b(?:short|medium|long) term\b|\bwithin (?:the )?(?:next )?(?:\w+ )?(?:days?|weeks?|months?|years?)\b|\b(?:already|not yet|yet to)\b|\bonce\b`,
  'i',
);

// "When did the board last look at moorings?", "when was dredging last discussed?": the sitting that took the topic
// up is the answer, and its date heads the quoted lines rather than standing in them, so the lines need only print
// the topic, every word of it.
const asksWhenTakenUp =
  /\bwhen\b[^?]*\blast\b[^?]*\b(?:discuss(?:ed)?|consider(?:ed)?|look(?:ed)? at|talk(?:ed)? about|debated?|review(?:ed)?|scrutini[sz]ed?|c[oa]me up|on the agenda)\b/i;
// The asking's words in "when did the board last look at X": what is left is the topic X.
const takenUpWords = new Set(
  contentTerms(
    'when last discuss discussed consider considered look looked talk talked debate debated review reviewed scrutinise scrutinised scrutinize scrutinized come came agenda commission committee board council cabinet panel forum members councillors meeting',
  ),
);

/** Whether the quoted lines print every word of the topic (the question's, less the body it names) the sitting took up. */
function printsTopic(topicStems: string[], lines: string[]): boolean {
  const printed = new Set(lines.flatMap((line) => contentTerms(line)));
  return topicStems.filter((stem) => !takenUpWords.has(stem)).every((stem) => printed.has(stem));
}

// "When does someone get referred to the panel?", "when do you need a licence?": in what case, not at what time.
const asksInWhatCase =
  /\bwhen (?:does|do|can|would|should|will) (?:someone|somebody|anyone|anybody|a person|people|you|an individual|a resident|a child|a family|a young person)\b/i;

/**
 * "When does construction start on the bypass?" answered only by lines that tell no time: they name the scheme
 * (its design, its diversion routes) but not when, and quoting them reads as the date the papers do not give.
 * "When" asked with "how" or "why" ("when and why did …") is left to the usual checks.
 */
export function omitsTimeAsked(
  question: string,
  lines: string[],
  topicStems: string[] = contentTerms(question),
): boolean {
  const kinds = wantedKinds(question);
  // "Is there a deadline for the strategy?" asks whether a time is set by asking for it: a line with no time is
  // neither, so it is a time asked, whatever "is there" adds.
  if (timeAskedToExist.test(question)) kinds.delete('existence');
  if (!kinds.has('time') || kinds.size > 1 || lines.length === 0) return false;
  if (asksWhenTakenUp.test(question)) return !printsTopic(topicStems, lines);
  if (asksInWhatCase.test(question)) return false;
  // "On what date", "which day": how often something is done ("a monthly inspection") tells no day, nor does "soon".
  const told = dateAsked.test(question)
    ? (line: string) => timeInWords.test(line.replace(howOften, '').replace(noDayYet, ''))
    : timeInWords.test.bind(timeInWords);
  return !lines.some((line) => shownKinds(line).has('time') || told(line));
}

const dateAsked = /\b(?:what|which) (?:date|day)\b/i;
const timeAskedToExist =
  /\b(?:is|are) there (?:a |an |any )?(?:set |agreed |firm )?(?:deadlines?|timescales?|time ?frames?|timetables?|timelines?|target dates?|due dates?|dates?)\b/i;

/**
 * Whether a spoken answer ("- Name said that … [1]" per speaker) asked on what date gives no time: the sitting
 * talked of the topic but set no date ("I have not been given a date"), and quoting the talk reads as the date it
 * did not give. Only a date asked: "when will they announce…" is answered by what was said of it ("it is early to
 * say"), as a person reading the sitting would tell it.
 */
export function omitsTimeSaid(question: string, answerText: string): boolean {
  if (!dateAsked.test(question)) return false;
  return omitsTimeAsked(question, spokenLines(answerText));
}
const howOften = /\b(?:annually|monthly|weekly|fortnightly|quarterly|once)\b/gi;
// "Would be launched soon": a time to come with no day to it.
const noDayYet = /\b(?:soon|shortly|imminently|in due course)\b/gi;

/** A quoted line with the heading of the item or section it sits under and the body whose paper it is. */
export interface HeadedLine {
  text: string;
  heading: string;
  body?: string;
}

/**
 * "When will the Mill Lane chargers be switched on?" answered only by a line telling the time of something else
 * ("the next meeting is on 4 May"): neither it, its heading nor the body whose paper it is prints a word of the
 * topic, so the time it gives is not the one asked.
 */
export function timeOfOtherTopic(question: string, lines: HeadedLine[], topicStems: string[]): boolean {
  const kinds = wantedKinds(question);
  if (!kinds.has('time') || kinds.size > 1 || lines.length === 0 || topicStems.length === 0) return false;
  const printed = new Set(lines.flatMap((line) => contentTerms(`${line.body ?? ''} ${line.heading} ${line.text}`)));
  return !topicStems.some((stem) => printed.has(stem));
}

import { findDates, monthPattern } from '../../core/dates.js';
import { contentTerms, words } from '../../core/tokenize.js';
import { omitsAmountAsked } from './amount-not-given.js';
import { spokenLines } from './answer-from-turns.js';
import { personTitles, shownKinds, withoutReferenceNumbers } from './answer-kinds.js';
import { approximate, figureNextToCounted } from './segment-signals.js';
import { voteFigure } from './vote-not-printed.js';

// "How many", "what number of": a count. "The number of" inside a question is often the topic ("has the number
// of exclusions gone up?"), answered by a change in words, so only these two ask for the count itself.
const howMany = /\bhow many\b|\bwhat (?:is the |was the )?number of\b/i;
// "Who decides how many GoCars there are", "who asked how many fines were issued": a person asked, the count only
// what they decide or asked about. "Who voted against, and how many?" asks both, so a count joined by "and"/"or" still
// counts.
const countWithinWho = /^\W*who(?:m|se)?\b[^?]*?\b(?!and\b|or\b)[a-z]+\s+how many\b/i;
// A count told in words: "there were none", "no declarations", "all schools", "a single", "unanimously", "once".
const countInWords =
  /\b(?:no|none|no one|no-one|nobody|not any|nil|all|every|each|single|unanimous(?:ly)?|once|twice|both|neither)\b/i;

// Two people named, or a body counted ("Cllrs Ash and Bell"): a list, which counts them.
const titleWord = new RegExp(String.raw`\b(?:${personTitles}|Cllrs)\.?\s+[A-Z]`, 'g');
// "How many minutes / weeks / metres": a measure in its unit; "four weeks" does not say how many minutes.
const unitAsked =
  /\bhow many (minute|hour|day|week|fortnight|month|year|metre|meter|mile|kilometre|kilometer|hectare|acre)s?\b/i;
const numberBefore = String.raw`\b(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|several|few)(?:\s+(?:hundred|thousand|million|billion))?(?:\s|-)?`;
// "40 m of wall", "3 km", "2 hrs": a unit as papers shorten it.
const unitAbbreviations: Record<string, string> = {
  minute: 'mins?',
  hour: 'hrs?',
  metre: 'm',
  meter: 'm',
  kilometre: 'km',
  kilometer: 'km',
  hectare: 'ha',
  mile: 'mi',
};
// "How many voted for …", "how many votes": a vote count, which "agreed" or the mover's name does not give.
const votesAsked = /\bhow many\b[^?]{0,60}?\bvot(?:ed|es?|ing)\b/i;
const voteInWords = /\b(?:unanimous(?:ly)?|nem\.? con\.?|all|none|no one|nobody|no votes?)\b/i;
// "What was the vote count / tally when …", "the votes cast": a vote count asked without "how many". A decision
// quotes figures of its own ("the 16-19 bursary", "from 1 September 2031"), so only a figure told as votes
// (`voteFigure`) answers it.
const voteCountNamed = /\bvote (?:count|tally|split|numbers)\b|\bvotes cast\b|\bhow (?:was|were) the votes? split\b/i;

// "She also asked if there will be more than 20 GoCars": a figure in a question a member put is what was asked,
// not a count the papers give; up to the end of that sentence or clause, where an answer would begin.
const questionPut = /\b(?:asked|queried|enquired|wondered)\s+(?:\w+\s+)?(?:if|whether)\b[^.;?!]*/gi;

// "Since they were 14 years old", "aged 16-25", "on their 16th birthday": an age says how old, counting nothing.
const ageGiven =
  /\b(?:aged\s+(?:under\s+|over\s+)?)?\d{1,2}(?:\s*(?:-|–|to)\s*\d{1,2})?\+?(?:\s*(?:years?|yrs?)[\s-]old\b)|\baged\s+(?:under\s+|over\s+)?\d{1,2}(?:\s*(?:-|–|to)\s*\d{1,2})?\+?|\b\d{1,2}(?:st|nd|rd|th)\s+birthday\b/gi;

// "2 Marsham Street", "66 Wretton Road": a house number names a building, counting nothing.
const streetNumber =
  /\b\d{1,4}[a-z]?\s+(?:[A-Z][\p{L}'’-]+\s+){1,3}(?:Street|Road|Lane|Avenue|Close|Drive|Way|Place|Square|Court|Crescent|Terrace|Gardens|Row|Walk|Parade)\b/gu;

/**
 * "How many fines were issued?" answered only by lines that print no number: they name the topic (often as a
 * member's question put to officers, "on the spot fines were needed") but not how many, and quoting them reads as
 * an answer that is not there. A list of people is a count ("apologies from A, B and C"; a presenter named alone is
 * not), as are "none", "all" and "both"; a sum or a measure may be how the papers count ("£2m of loans", "70 m of
 * footpath"). A year is no count ("the 2021-2030 strategy"), nor is "there is a possibility of …". Asked for a
 * unit ("how many minutes"), only a figure in that unit answers; asked for votes, only a figure or unanimity.
 */
export function omitsCountAsked(question: string, lines: string[], counted: string[] = []): boolean {
  if (lines.length === 0) return false;
  if (voteCountNamed.test(question) && !howMany.test(question)) return !lines.some((line) => voteFigure.test(line));
  if (!howMany.test(question) || countWithinWho.test(question)) return false;
  if (printsUncounted(lines, counted) || countsOnlyOthers(lines, counted)) return true;
  const unit = unitAsked.exec(question)?.[1];
  if (unit) {
    const written = unitAbbreviations[unit.toLowerCase()];
    const inUnit = new RegExp(String.raw`${numberBefore}(?:${unit}s?${written ? `|${written}` : ''})\b`, 'i');
    return !lines.some((line) => inUnit.test(line));
  }
  const figure = (line: string) => /\d/.test(withoutWhen(withoutReferenceNumbers(line)));
  if (votesAsked.test(question)) return !lines.some((line) => figure(line) || voteInWords.test(line));
  return !lines.some((whole) => {
    const line = whole.replace(questionPut, ' ').replace(streetNumber, ' ').replace(ageGiven, ' ');
    // "Between the 18 and 22 November": the first day of a span is no count of what follows it.
    const shown = shownKinds(line.replace(spanFirstDay, ' '));
    const listsPeople = shown.has('person') && (shown.has('attendance') || (line.match(titleWord)?.length ?? 0) >= 2);
    return (
      shown.has('count') ||
      shown.has('amount') ||
      shown.has('measure') ||
      listsPeople ||
      figure(line) ||
      countInWords.test(line)
    );
  });
}

// A number counts the word at most this many words after it: "30 Key Service Measures (KSMs)"; further on it
// counts something else ("over 60 walkers, including new stewards").
const countReach = 4;

/**
 * "How many stewards were elected?" answered by lines that print the thing counted (by its last word, "stewards")
 * only in sentences whose every figure counts something else ("over 60 walkers, including new stewards"),
 * and nowhere put a number on it: the count asked is not there. A bare figure may be the count told after the
 * thing ("lifeguards with an award …, with 212 at the end of May"), and a sentence without the thing may name it
 * otherwise ("4 HSRs"): neither is refused.
 */
function printsUncounted(lines: string[], counted: string[]): boolean {
  const head = counted.at(-1);
  if (head === undefined || lines.some((line) => figureNextToCounted(line, counted, countReach))) return false;
  const naming = lines
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z])/))
    .filter((sentence) => contentTerms(sentence).includes(head));
  return (
    naming.length > 0 &&
    naming.every((sentence) => {
      const figures = figuresIn(sentence);
      return figures.length > 0 && figures.every((next) => next !== undefined && !counted.includes(next));
    })
  );
}

// Things counted under many names, and often printed with a qualifier first: people ("people", "residents", "kids",
// "60 safeguarding professionals") and homes ("homes", "dwellings", "units"). A figure that seems to count another
// thing may well be the count asked of one of these.
const countedUnderManyNames = new Set(
  contentTerms(
    'people person persons individuals residents children child kids young pupils students members councillors staff employees workers volunteers parents carers families households patients clients users attendees participants visitors applicants tenants learners professionals ' +
      'homes houses dwellings units properties flats apartments bungalows plots',
  ),
);

/**
 * "How many objections were made to the marina?" answered by lines that never name objections and whose every
 * figure counts a thing they do name ("seating 40 people", "8 minutes 40 seconds"): a count of another thing than
 * the one asked, read as its answer. A bare figure ("212 at the end of May") may be the count told without its
 * noun, so a line holding one is not refused.
 */
function countsOnlyOthers(lines: string[], counted: string[]): boolean {
  const head = counted.at(-1);
  if (head === undefined || countedUnderManyNames.has(head)) return false;
  if (lines.some((line) => contentTerms(line).some((stem) => counted.includes(stem)))) return false;
  const figures = lines.flatMap((line) => figuresIn(withoutWhen(withoutReferenceNumbers(line))));
  return figures.length > 0 && figures.every((next) => next !== undefined && !counted.includes(next));
}

const numberToken = /^\d+$/;
// A count written as a word ("three schools", "a dozen more", "both wards"). Not "one", as often a pronoun ("one of
// the schools") as a count.
const numberWord =
  /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|both)$/;
// "Three schools had signed up and a dozen more had asked": "more" counts the thing the figure before it counted.
const moreOfThem = /^(?:more|others?|further)$/;
// What follows a figure without being a thing counted: a unit, a comparison, a measure of time.
const notCounted = new Set(contentTerms('per percent cent fewer less time times hours days weeks months years'));
// What follows a number word to say how often, counting nothing: "three weekly collections", "two monthly".
const frequency = /^(?:hourly|daily|weekly|monthly|yearly)$/;

/**
 * The figures of a sentence, each as the stem of the word it counts ("14,210 walkers voting" → walker), or
 * undefined when it counts nothing printed ("212 at the end of May", "£2m", "40%"); a year, a paragraph's
 * number or an age ("aged 19") is no figure.
 */
function figuresIn(sentence: string, { inWords = true }: { inWords?: boolean } = {}): (string | undefined)[] {
  const tokens = words(sentence.replace(/^\W*\d+(?:\.\d+)+\s/, ''));
  const figures: (string | undefined)[] = [];
  tokens.forEach((token, index) => {
    const year = /^(?:19|20)\d{2}$/.test(token) && !approximate(tokens[index - 1], tokens[index + 1]);
    const figure = numberToken.test(token) || (inWords && numberWord.test(token));
    if (!figure || year || /^age[ds]?$/.test(tokens[index - 1] ?? '')) return;
    // "two hundred", "a dozen": one count in two words, of what the last of them counts.
    if (numberWord.test(tokens[index + 1] ?? '')) return;
    const after = tokens[index + 1] ?? '';
    if (numberWord.test(token) && frequency.test(after)) {
      figures.push(undefined);
      return;
    }
    if (moreOfThem.test(after) && figures.length > 0) {
      figures.push(figures.at(-1));
      return;
    }
    // "588 of those concerns": a share of a thing named before counts that thing.
    const share = after === 'of' && /^(?:those|these)$/.test(tokens[index + 2] ?? '');
    const next = contentTerms(tokens[index + (share ? 3 : 1)] ?? '')[0];
    figures.push(next !== undefined && !notCounted.has(next) && !numberToken.test(next) ? next : undefined);
  });
  return figures;
}

const dayOfMonth = new RegExp(String.raw`\b\d{1,2}\s?(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${monthPattern})\b`, 'gi');
// The first day of a span in one month ("between the 18 and 22 November", "18th to 22nd November"), whose last
// day the month follows.
const spanFirstDay = new RegExp(
  String.raw`\b\d{1,2}\s?(?:st|nd|rd|th)?\s*(?:and|to|-|–)\s*(?=\d{1,2}\s?(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${monthPattern})\b)`,
  'gi',
);
const yearOrClock =
  /\b(?:19|20)\d{2}(?:\s*[/–-]\s*\d{2,4})?\b|\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}[.:]\d{2}\b/gi;

/**
 * A line without the digits that say when ("a workshop on 21 st October 2024 at 10:00", "the week of 18 and 22
 * November", "in 2023/24", "the
 * 2021-2030 strategy"): a day, a year or a clock time counts nothing, so a line whose only digits are those gives
 * no count.
 */
function withoutWhen(line: string): string {
  let text = line.replace(spanFirstDay, ' ');
  for (const date of findDates(text).reverse()) {
    text = text.slice(0, date.index) + text.slice(date.index + date.length);
  }
  return text.replace(dayOfMonth, ' ').replace(yearOrClock, ' ');
}

// "How many …?" put in the sitting, or "no answer on the number of …": the count asked there.
const countAsked = /\bhow many\b|\bthe number of\b/i;

/**
 * The same for what was said in a sitting: speech is full of "all", "both", "each" and "no" that count nothing
 * ("students from both the EU and abroad", "all the work of the board"), so only a figure, in digits or in
 * words, is a count said; a reply that gives none reads as the answer the sitting did not give. Unless the count
 * was asked in the sitting itself: a member's "how many …?", or "no answer on the number of …", left unanswered is
 * what the sitting holds on it ("a large number of" counts nothing and asks nothing).
 */
export function omitsCountSaid(question: string, lines: string[], counted: string[] = []): boolean {
  if (!howMany.test(question) || lines.length === 0 || lines.some((line) => countAsked.test(line))) return false;
  // "How many pupils tested positive?" answered by "143 residents and 88 staff tested positive": figures said of
  // other things, in talk that never names what was asked to be counted, by any of its words. A share or a
  // spelled figure may still be how the speaker put the count, so only a figure in digits counting a word
  // printed after it says the talk counts something else.
  const namesCounted = lines.some((line) => contentTerms(line).some((stem) => counted.includes(stem)));
  const countsOther = lines.some((line) =>
    figuresIn(withoutWhen(line), { inWords: false }).some((next) => next !== undefined),
  );
  if (counted.length > 0 && !namesCounted && countsOther) return true;
  // Asked "how many weeks", a span of weeks is the count; asked how many of anything else, it is not.
  const read = unitAsked.test(question) ? (line: string) => line : withoutSpansAndSums;
  return !lines.some((line) => {
    const text = read(line);
    const shown = shownKinds(text);
    return shown.has('count') || shown.has('amount') || shown.has('measure') || /\d/.test(text);
  });
}

const spokenNumber = String.raw`(?:\d[\d,.]*|a|an|a couple of|a few|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|forty|fifty|hundred)`;
// "three weeks ago", "between 18 months and two years", "a six-year campaign": how long or how long ago, no count.
const timeSpan = new RegExp(
  String.raw`\b${spokenNumber}(?:\s|-)(?:(?:and a half|or so)\s)?(?:minute|hour|day|week|fortnight|month|year)s?\b`,
  'gi',
);
// "$640 million", "£9m", "eleven hundred pounds": a sum says what something cost, not how many there are.
const sum = new RegExp(
  String.raw`[£$€]\s?\d[\d,.]*(?:\s?(?:m|bn|k|million|billion|thousand)\b)?|\b${spokenNumber}(?:[\s-]+(?:hundred|thousand|million|billion))*[\s-]+(?:pounds|dollars|euros|quid|pence|cents)\b`,
  'gi',
);

// "COVID-19", "M4", "Key Stage 4" is printed as "KS4": a figure joined to a word names something, counting nothing.
const figureInName = /\b\p{L}+-?\d+\b/gu;

/**
 * A spoken line without what a figure there may say other than a count: when (a day, a year, a clock time), how
 * long ("18 months", "three weeks ago"), how much ("$640 million") and which ("COVID-19"). A year the programme
 * began, a timetable, a sum announced or a named virus beside the topic is no answer to "how many …".
 */
function withoutSpansAndSums(line: string): string {
  return withoutWhen(withoutReferenceNumbers(line)).replace(timeSpan, ' ').replace(sum, ' ').replace(figureInName, ' ');
}

/**
 * Whether a spoken answer ("- Name said that … [1]" per speaker) asked how much or how many gives no figure: its
 * lines read without their citation markers, whose numbers are no figure.
 */
export function omitsFigureSaid(question: string, answerText: string, counted: string[] = []): boolean {
  const lines = spokenLines(answerText);
  return omitsAmountAsked(question, lines) || omitsCountSaid(question, lines, counted);
}

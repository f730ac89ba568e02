import { asksOnlyWhoWasAbsent, asksWhoWasAbsent, recordsAbsence } from '../../core/absence.js';
import { namesChair } from '../../core/chair-titles.js';
import type { Chunk } from '../../core/chunk.js';
import { findDates } from '../../core/dates.js';
import { mentionsNextMeeting } from '../../core/next-meeting.js';
import { contentTerms } from '../../core/tokenize.js';
import type { QuestionAnalysis } from '../../search/analyze-question.js';
import { dayAndMonth, mentionsDateIn } from '../../search/mentions-date-in.js';
import { monthsOfYear, namesDivisionSide, namesPeriod } from './answer-kinds.js';

// What makes a sentence evidence beyond sharing the question's words: a figure beside the thing
// counted, a date, a Resolved list, the question's wording as a phrase.

/** The question's wording as a phrase ("home education", or a synonym of it) beats the same words scattered. */
export function phraseBonus(text: string, analysis: QuestionAnalysis): number {
  const tokens = ` ${contentTerms(text).join(' ')} `;
  const matched = questionPhrases(analysis).filter((phrase) => tokens.includes(phrase)).length;
  return Math.min(0.3, 0.15 * matched);
}

// A question's phrases, stemmed once: answering weighs every line of every passage against the same ones.
const phrasesOfQuestion = new WeakMap<QuestionAnalysis, string[]>();

/** The question's phrases of two or more stems, as ` stem stem ` (spaced both ends) for matching whole stems. */
function questionPhrases(analysis: QuestionAnalysis): string[] {
  let phrases = phrasesOfQuestion.get(analysis);
  if (!phrases) {
    phrases = [
      ...analysis.expansions.flatMap((expansion) => [expansion.used, ...expansion.alternatives]),
      ...analysis.words.slice(1).map((word, index) => `${analysis.words[index]} ${word}`),
    ]
      .map((phrase) => contentTerms(phrase))
      .filter((stems) => stems.length > 1)
      .map((stems) => ` ${stems.join(' ')} `);
    phrasesOfQuestion.set(analysis, phrases);
  }
  return phrases;
}

// "1500+ volunteer wardens": a figure printed with a plus is a count at least that large, never a year.
const numberWord =
  '(?:\\d[\\d,.]*[%+]?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|hundred)';
const wholeNumberWord = new RegExp(`^${numberWord}$`);

// "Proposed by…, seconded by… Carried", "A motion was made by …, seconded by … The motion carried", "6 votes
// for, 3 against", "RESOLVED that…", a US resolution's "NOW, THEREFORE, BE IT RESOLVED by the Town Council …
// that …": the motion's outcome,
// also under the paragraph number minutes give it ("4. RESOLVED that…", "(b) It was agreed…"); a decision
// notice's "Decision: To apply…" field, its value on the label's line or below it; a parish clerk's shorthand
// ("Prop. JB 2nd DD All agreed.", "Mr Orme proposed …, all Councillors agreed").
const decisionLine =
  /^\W*(?:(?:\d{1,3}(?:\.\d{1,3})+\.?|\(?(?:\d{1,3}|[a-h]|[ivx]{1,4})[.)])\s+)?resolved\b|^\W*(?:now,?\s+)?(?:therefore,?\s+)?be\s+it\s+(?:further\s+)?resolved\b|^\W*decisions?\s*:\s*\S|\b(?:proposed|moved|motion\s+was\s+made)\b[^\n]*\bseconded\b[^\n]*\b(?:carried|agreed|lost|defeated|resolved|approved|votes?)\b|\bvotes? for\b[^\n]*\bagainst\b|\bprop(?:osed)?\b\.?[^\n]*?\b(?:2nd|sec(?:onded)?)\b\.?[^\n]*\b(?:agreed|carried|approved)\b|\b(?:proposed|moved)\b[^\n]*\ball\s+(?:councillors|members|cllrs|present)\s+(?:were\s+)?(?:agreed|in favour)\b/i;

// What a clerk writes when the meeting decides in running prose: "It was decided to go ahead …", "Members
// resolved to …", "The Council agreed that …".
const agreedInProse =
  /^\W*(?:(?:\d{1,3}(?:\.\d{1,3})+\.?|\(?(?:\d{1,3}|[a-h]|[ivx]{1,4})[.)])\s+)?(?:it was\s+|(?:the\s+)?(?:council|committee|board|panel|members|councillors|cllrs|meeting)\s+(?:then\s+)?)(?:unanimously\s+)?(?:agreed|resolved|decided|approved)\b/i;

// "Decision", "RESOLVED:", "The Committee agreed:", "It was resolved that:-": the heading of a decision, not one.
const decisionLabel =
  /^\W*(?:(?:it was|the\s+(?:committee|council|cabinet|board|panel|sub-committee|commission|executive))\s+)?(?:decision|resolved|resolution|agreed|decided)(?:\s+that)?\W*$/i;

/** A line that only announces the decisions below it. */
export function isDecisionLabel(text: string): boolean {
  return decisionLabel.test(text.replace(/<[^>]+>|[*#_]/g, ''));
}

// The same after a lead-in, as a one-paragraph item tells it: "After discussion it was resolved to accept …",
// "The quotes were considered and it was agreed that …".
const agreedAfterLeadIn = /\bit was\s+(?:then\s+)?(?:unanimously\s+)?(?:agreed|resolved|decided)\s+(?:to|that)\b/i;

// A vote counted in prose: "Schools members voted on the proposal: 2 in favour, 3 against.", "Upon a vote, 7 voted in
// favour and 1 against", "there voted two in favour, four against", "carried by 5 votes to 1". The count is the
// outcome, whether or not a result word follows it.
const votedCount = String.raw`(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)`;
const countedVote = new RegExp(
  String.raw`\b${votedCount}\s+(?:(?:members?|councillors|votes?)\s+)?(?:voted\s+|were\s+)?(?:for|in favou?r)\b[^.\n]{0,60}?\b${votedCount}\s+(?:(?:members?|councillors|votes?)\s+)?(?:voted\s+|were\s+)?against\b|\bby\s+${votedCount}\s+votes?\s+to\s+${votedCount}\b`,
  'i',
);

// "After discussion the proposition was ADOPTED without a vote", "the proposal was put and carried": what became of a
// proposition, told in a sentence of its own.
const propositionDecided =
  /\b(?:proposition|proposal|motion)\s+was\s+(?:then\s+)?(?:put\b[^.;\n]*?\b)?(?:adopted|carried|passed|agreed|approved|rejected|defeated|lost)\b/i;

export function recordsDecision(text: string): boolean {
  // A sentence wrapped over lines (blank ones between, as some converters print every line) is one line here.
  const line = text.replace(/\s*\n\s*/g, ' ');
  return (
    decisionLine.test(line) ||
    agreedInProse.test(line) ||
    agreedAfterLeadIn.test(line) ||
    isMotionOutcome(line) ||
    countedVote.test(line) ||
    propositionDecided.test(line)
  );
}

// A motion's result on its own line: "Carried", "CARRIED 4/1", "Defeated", "The motion was put and CARRIED".
const motionOutcome =
  /^\W*(?:(?:the\s+)?(?:(?:substantive\s+)?motion|amendment|recommendation)\s+(?:was\s+)?(?:put\s+(?:to\s+the\s+vote\s+)?and\s+(?:was\s+)?)?)?(?:carried|defeated|lost|failed|passed|not carried)\b(?:\s+(?:unanimously|\d+\s*[-/–]\s*\d+|on a division))?\W*$/i;
// The names of a recorded vote: "For: Crs …", "Against: Cr …", "In favour: …", "Opposed: …", "Ayes: …";
// US minutes print the roll call on one line: "ROLL CALL: Ayes: Grummond, Halvorsen. Noes: Fitch."; English
// councils print the count with the side: "For (7): Councillors …", "Against the motion (4): …".
const voteNames =
  /^\W*(?:roll call(?: vote)?\s*:\s*)?(?:for|against|in favou?r|opposed|ayes?|nays?|noes?|yeas?|abstain(?:ed|ing)?|abstentions?)(?:\s+the\s+(?:motion|amendment|recommendations?))?(?:\s*\(\d{1,3}\))?\s*:/i;
// Where the next motion begins: its mover, or its label ("RESOLUTION 2024/215", "AMENDMENT").
const motionStart = /^\W*(?:moved\b|proposed\b|(?:resolution|motion|amendment)\b(?:\s+[\w/.-]*\d[\w/.-]*)?\W*$)/i;

// A numbered paragraph or item ("8.7 Bus shelter.", "9. Review of policies.", "8.2 Koala Habitat Overlay") starts
// another matter.
const numberedParagraph = /^\W*\d{1,3}(?:\.\d{1,2}){0,2}\.?\s+\p{Lu}/u;

export function opensNumberedParagraph(text: string): boolean {
  return numberedParagraph.test(text);
}

export function isMotionOutcome(text: string): boolean {
  return motionOutcome.test(text);
}

export function isVoteNames(text: string): boolean {
  return voteNames.test(text);
}

// One member's vote on its own line, as a roll call prints it: "Commissioner Delgado – Aye", "Trustee Obi: Nay",
// "Halvorsen - No". A vote taken records the decision it was on, whatever its outcome line says.
const memberVote =
  /^\W*(?:(?:commissioner|council(?:lor|member|woman|man)|cllr|cr|alderman|supervisor|trustee|director|mayor)\.?\s+)?\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,2}\s*[–—:-]\s*(?:aye|nay|yea|no|abstain(?:ed|ing)?)\W*$/iu;

export function isMemberVote(text: string): boolean {
  // "Against: Cr Pettigrew": a division's side names the members as a roll call does, one line for many.
  return memberVote.test(text) || namesDivisionSide(text);
}

export function opensMotion(text: string): boolean {
  return motionStart.test(text);
}

export function intentBonus(
  text: string,
  section: string | undefined,
  analysis: QuestionAnalysis,
  meetingDate: string | null = null,
): number {
  switch (analysis.intent) {
    case 'figure':
      return (hasFigure(text) ? 0.25 : 0) + (figureNextToCounted(text, analysis.countedStems) ? 0.6 : 0);
    case 'date':
    case 'next-meeting': {
      // The day the question names is context, and so is the meeting's own date: the answer is another date.
      const answerDates = findDates(text).filter(
        (date) =>
          date.iso !== analysis.dateRange?.anchor && !(analysis.intent === 'next-meeting' && date.iso === meetingDate),
      );
      // "from August 2024" answers "when will it start?"; a question naming a date of its own ("in 2024",
      // "the June 2031 by-election") is answered by a day, not by any month of some year.
      // The same for a financial year or a season ("in the 2019/20 financial year").
      const otherMonth = analysis.dateStems.length === 0 && (monthsOfYear(text).length > 0 || namesPeriod(text));
      const hasDate =
        answerDates.length > 0 || (findDates(text).length === 0 && (dayAndMonth.test(text) || otherMonth));
      const announcesNext = mentionsNextMeeting(text);
      // "Date of next meeting 13 May" is the whole answer to "when is the next meeting", whatever the topic words.
      if (analysis.intent === 'next-meeting' && announcesNext && answerDates.length > 0) return 0.8;
      return (hasDate ? 0.25 : 0) + (announcesNext ? 0.25 : 0);
    }
    case 'venue':
      // A sitting held online has its platform for a place: "virtually over Microsoft Teams", "via Zoom".
      return /\bvenue\b|\b(?:held|take place|takes place|meet)\b[^.]*\b(?:at|in|over|via)\s+(?:the\s+)?[A-Z]|\b(?:held|take place|takes place|meet)\s+(?:virtually|online|remotely)\b/i.test(
        text,
      )
        ? 0.5
        : 0;
    case 'attendance': {
      const absenceAsked = asksWhoWasAbsent(analysis.question);
      // "Who chaired?": the line naming the chair ("appointed to chair this meeting", "(Chairman)")
      // answers it; a list of those present without one names everyone but the chair.
      // Asked who sent apologies or stayed away, the apologies line answers, not the chair's.
      if (absenceAsked && recordsAbsence(text)) return 0.5;
      if (namesChair(text) && !absenceAsked) return 0.5;
      if (/\bchair|\bpresid/i.test(analysis.question)) return /^\W*present\b/i.test(text) ? 0.2 : 0;
      // The Present line names everyone who came: it answers who stayed away only when who came is asked too.
      if (asksOnlyWhoWasAbsent(analysis.question)) return 0;
      return /^\W*(present|apologies)\b/i.test(text) ? 0.5 : 0;
    }
    case 'declarations':
      return /declar|interest/i.test(text) ? 0.4 : 0;
    case 'resolution':
      // Minutes without a Resolved heading record the decision on the motion's own line.
      return section === 'Resolved' ? 0.3 : recordsDecision(text) ? 0.2 : 0;
    default:
      return 0;
  }
}

/** A line naming a day or month the question asks about, in a paper from another date ("03-Dec-24" in a work programme). */
export function dateBonus(text: string, chunk: Chunk, analysis: QuestionAnalysis): number {
  const range = analysis.dateRange;
  if (!range || analysis.intent === 'next-meeting') return 0;
  const meetingInside =
    chunk.meetingDate !== null &&
    (!range.since || chunk.meetingDate >= range.since) &&
    (!range.until || chunk.meetingDate <= range.until);
  if (range.anchor && chunk.meetingDate === range.anchor) return 0.3;
  if (meetingInside) return 0.15;
  return mentionsDateIn(text, range, chunk.meetingDate) ? 0.3 : 0;
}

/** "The Peer Challenge Team developed the following recommendations:" introduces the answer to "what did they recommend". */
export function listBonus(text: string, present: Set<string>, focus: Set<string>): number {
  return /:-?\s*(\*\*)?\s*$/.test(text) && [...focus].some((stem) => present.has(stem)) ? 0.3 : 0;
}

export function isListing(kind: Chunk['kind'], analysis: QuestionAnalysis): boolean {
  const asksForListing = analysis.kind === kind || ['next-meeting', 'venue', 'date'].includes(analysis.intent);
  return (kind === 'agenda' || kind === 'work-programme') && !asksForListing;
}

/** Sentences that say what a paper covers ("The report outlines the findings…") are weaker evidence than its content. */
export function describesPaper(text: string): boolean {
  // Any line may open that way: a summary sheet field is its label, then "The report outlines…".
  return /^\W*(?:the|this)\s+(?:agenda\s+)?(?:report|item|presentation|paper|update)\s+(?:will\s+)?(?:outlines?|provides?|provided|gives?|gave|considered|sets? out|summari[sz]es)\b/im.test(
    text,
  );
}

// A form's note to whoever fills it in: "[Do not include …]", "[Insert date]", "[delete as appropriate]".
const formInstruction = /\[\s*(?:do not|don't|insert|delete|enter|include|state|give|add|list)\b[^\]]*\]/gi;

/**
 * A template line: a label and the form's bracketed instruction ("For publication [Do not include
 * information exempt from publication …]"). It says what the form asks for, not what was decided.
 */
export function isFormTemplate(text: string): boolean {
  const rest = text.replace(formInstruction, ' ');
  return rest !== text && (rest.match(/\p{L}+/gu) ?? []).length < 6;
}

// A link and nothing else ("[Original file](https://…/minutes.pdf)", a bare address), or a site's tag ("village-pump",
// a quoted "villages")
// left by a page's export: it points at a paper or files one, and says nothing of the business.
const linkOnly = /^\s*(?:\[[^\]]*\]\([^)\s]*\)|<?https?:\/\/\S+>?)\s*$/i;
const tagOnly = /^\s*(?:-\s*)?(?:["']?[\p{Ll}\d]+(?:-[\p{Ll}\d]+)+["']?|"[\p{Ll}\d-]+")\s*$/u;

// The fields a page's export opens with ("--- title: "…" date: "2013-08-15" categories:"): the page's own labels.
const frontMatter = /^\s*-{3}\s*[a-z_]+:\s/i;

/** Whether a line only links to a paper, tags it or labels it, which quoting reads as an answer with nothing in it. */
export function isLinkOrTag(text: string): boolean {
  return linkOnly.test(text) || tagOnly.test(text) || frontMatter.test(text);
}

function withoutParagraphNumber(text: string): string {
  return text.replace(/^\W*\d+(\.\d+)+\s/, '');
}

function hasFigure(text: string): boolean {
  const withoutDates = withoutParagraphNumber(text).replace(
    /\b\d{1,2}(st|nd|rd|th)?\s+\w+\s+\d{4}\b|\b(19|20)\d{2}\b(?!\+)/g,
    '',
  );
  return /(?<![\d.])\d[\d,.]*\s*%?/.test(withoutDates);
}

// "2000 approx. walkers", "around 1500 homes": a figure said to be rough is a count, though it reads like a year.
const roughBefore = /^(?:about|around|approximately|approx\.?|roughly|nearly|almost|over|some|circa|c\.)$/;
const roughAfter = /^(?:approx\.?|approximately|odd|or so)$/;

/** Whether the words either side of a figure say it is rough ("around 2000", "2000 approx."). */
export function approximate(before: string | undefined, after: string | undefined): boolean {
  return roughBefore.test(before ?? '') || roughAfter.test(after ?? '');
}

/**
 * "3,499 pupils", "55% completion rate", "thirteen Personal Advisors": a figure beside the thing counted, at most
 * `reach` words before it.
 */
export function figureNextToCounted(text: string, countedStems: string[], reach = 3): boolean {
  if (countedStems.length === 0) return false;
  // "4.2 Basic need funding is…": a paragraph's number is not a figure beside the thing counted.
  const tokens =
    withoutParagraphNumber(text)
      .toLowerCase()
      .match(/[\w%+,.'’-]+/g) ?? [];
  const isNumber = (token: string, index: number) => {
    const bare = token.replace(/[.,]$/, '');
    const year = /^(19|20)\d{2}$/.test(bare) && !approximate(tokens[index - 1], tokens[index + 1]);
    return !year && wholeNumberWord.test(bare);
  };
  const counted = new Set(countedStems);
  return tokens.some((token, index) => {
    if (!isNumber(token, index)) return false;
    const after = tokens.slice(index + 1, index + 1 + reach).flatMap((word) => contentTerms(word));
    return after.some((stem) => counted.has(stem));
  });
}

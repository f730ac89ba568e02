import { asksOnlyWhoWasAbsent, recordsAbsence } from '../../core/absence.js';
import { namesChair } from '../../core/chair-titles.js';
import type { Chunk } from '../../core/chunk.js';
import { monthNames } from '../../core/dates.js';
import { readableSegment, type Segment, splitSegments } from '../../core/sentences.js';
import { isHeaderRow, withColumnNames } from '../../core/table-rows.js';
import { contentTerms } from '../../core/tokenize.js';
import type { QuestionAnalysis } from '../../search/analyze-question.js';
import { holdsReference, namesPartItself, type PaperReference } from '../../search/paper-reference.js';
import type { RetrievedPassage } from '../../search/retrieval.js';
import { type AnswerKind, isProcedure, kindBonus, shownKinds, wantedKinds } from './answer-kinds.js';
import { askedSpeaker, namesOnlyAsAnswered } from './answered-speaker.js';
import { askedPersonTopic, namesPersonOffTopic, type PersonTopic, reportsWords } from './asked-person-topic.js';
import { linesNamingAttendee } from './attendee-asked.js';
import { secondQuestionStems } from './compound-question.js';
import { isMoverLine, motionWording, recommendationWording, resolutionAfterRecommendation } from './motion-wording.js';
import { fromNamedBody } from './named-body.js';
import { asksForLatest, latestSubject, newestMention } from './newest-mention.js';
import { promisedParts } from './promised-parts.js';
import { asksOutcomeNotRequest, reportsRequestMade } from './request-not-outcome.js';
import { rowAskedBonus } from './row-asked.js';
import { coverage, headingContext, presentStems, type Weigh } from './score-evidence.js';
import { linesOfAskedSection } from './section-lines.js';
import {
  dateBonus,
  describesPaper,
  intentBonus,
  isDecisionLabel,
  isFormTemplate,
  isLinkOrTag,
  isListing,
  isMotionOutcome,
  isVoteNames,
  listBonus,
  opensMotion,
  opensNumberedParagraph,
  phraseBonus,
  recordsDecision,
} from './segment-signals.js';
import { splitFieldSegments } from './split-field-segments.js';

export interface ScoredSegment extends Segment {
  passageIndex: number;
  score: number;
  /** The part of the score owed to the question's intent (a figure, a date, an attendance line). */
  signal: number;
}

export interface SelectionOptions {
  maxSegments: number;
  maxPassages: number;
  /** Keep segments of the best passage scoring at least this share of the best one… */
  relativeCutoff: number;
  /** …and segments of other passages at least this share: every extra passage is an extra citation. */
  otherPassageCutoff: number;
}

export interface Candidate {
  passage: RetrievedPassage;
  coverage: number;
}

/** Picks the best-supported sentences, whole resolution lists, and the items a chosen line introduces. */
export function selectSegments(
  candidates: Candidate[],
  analysis: QuestionAnalysis,
  weigh: Weigh,
  options: SelectionOptions,
): ScoredSegment[] {
  const wanted = wantedKinds(analysis.question);
  const context: ScoringContext = {
    analysis,
    weigh,
    wanted,
    asksAboutMinutes: /\bminutes\b/i.test(analysis.question),
    asksForMeetingMinutes: asksForMeetingMinutes(analysis.question),
    datedInRange: candidates.some(({ passage }) => insideRange(passage.chunk.meetingDate, analysis)),
    anyPlaced: candidates.some(({ passage }) => passage.chunk.meetingDate !== null),
    namedByQuestion: (iso) => namedByQuestion(iso, analysis),
    fromBody: fromNamedBody(
      analysis,
      candidates.map(({ passage }) => passage.chunk),
    ),
    personTopic: askedPersonTopic(analysis.question),
    speaker: askedSpeaker(analysis.question),
    asksOutcome: asksOutcomeNotRequest(analysis.question, wanted.has('outcome')),
    asksOnlyAbsence: asksOnlyWhoWasAbsent(analysis.question),
  };
  const scored = candidates.flatMap((candidate, passageIndex) => scorePassage(candidate, passageIndex, context));
  const byScore = [...scored].filter((segment) => !isHeadingOnly(segment.text)).sort((a, b) => b.score - a.score);
  const latest = asksForLatest(analysis.question) ? newestNearBest(byScore, analysis) : undefined;
  const ranked = latest ? [latest, ...byScore.filter((segment) => segment !== latest)] : byScore;
  const best = ranked[0];
  if (!best) return [];
  const chosen: ScoredSegment[] = wanted.has('change') ? acrossMeetings(ranked, candidates, best) : [];
  const passagesUsed = new Set<number>([best.passageIndex, ...chosen.map((segment) => segment.passageIndex)]);
  for (const segment of chosen.length > 0 ? [] : ranked) {
    if (chosen.length >= options.maxSegments) break;
    const samePassage = segment.passageIndex === best.passageIndex || passagesUsed.has(segment.passageIndex);
    const cutoff = samePassage ? options.relativeCutoff : options.otherPassageCutoff;
    if (segment.score < best.score * cutoff) continue;
    // Another passage must show the same kind of evidence as the best one, not just share words.
    // Attendance is asked in parts ("who chaired, and were there apologies?"), often answered by two passages.
    const attendance = wanted.has('attendance') && shownKinds(segment.text).has('attendance');
    if (!samePassage && segment.signal < best.signal && !attendance) continue;
    // Every extra passage is an extra citation: it must hold the kind of answer asked for.
    if (!samePassage && !showsAsked(segment.text, wanted, context.namedByQuestion)) continue;
    if (!samePassage && passagesUsed.size >= options.maxPassages) continue;
    // A paper printed twice (a frontsheet and its pack) repeats lines the answer already quotes: no new citation.
    if (!samePassage && repeatsChosen(segment, chosen)) continue;
    // …nor does a line of another passage that is a bare date (the date a summons was sent).
    if (!samePassage && isBareDate(segment.text)) continue;
    // Asked for the newest event, a line naming an older one is what it superseded, not the answer.
    if (latest && isOlder(segment.text, latest.text)) continue;
    chosen.push(segment);
    passagesUsed.add(segment.passageIndex);
  }
  for (const part of unansweredParts(analysis.question, chosen)) {
    const answering = ranked.find((segment) => part.test(segment.text) && segment.score >= best.score * 0.6);
    if (answering) chosen.push(answering);
  }
  // "How many go on the deputation, and how will the order be settled?": the lines chosen for the first question
  // may say nothing of the second; the best line of the same papers holding more of its own words answers it. A
  // chosen line sharing one of them in passing ("extra" in "the development of …") does not.
  const secondQuestion = secondQuestionStems(analysis.question, analysis.stems);
  const heldOfSecond = (segment: ScoredSegment) => {
    const present = presentStems(segment.text, analysis.expansions);
    return secondQuestion.filter((stem) => present.has(stem)).length;
  };
  const heldByChosen = Math.max(0, ...chosen.map(heldOfSecond));
  const holdingMore = ranked.filter(
    (segment) =>
      passagesUsed.has(segment.passageIndex) &&
      segment.score >= best.score * 0.4 &&
      heldOfSecond(segment) > heldByChosen,
  );
  const answering = holdingMore[0];
  if (secondQuestion.length > 0 && answering) chosen.push(answering);
  const asksForRecommendation = /\brecommend/i.test(analysis.question);
  const withLists = chosen.flatMap((segment) => {
    const text = candidates[segment.passageIndex]!.passage.chunk.text;
    // Asked what was decided, not what officers proposed: the resolution answers, not the recommendation above it.
    const resolution = asksForRecommendation ? undefined : resolutionAfterRecommendation(segment, scored, text);
    if (resolution) return resolution;
    const brought = [
      segment,
      ...sentenceWindow(segment, scored, candidates, wanted),
      ...attendanceLines(segment, scored, wanted, analysis.question, candidates[segment.passageIndex]!.passage.chunk),
      ...following(segment, scored, candidates, analysis),
      ...linesOfAskedSection(
        segment,
        scored.filter((other) => other.passageIndex === segment.passageIndex),
        candidates[segment.passageIndex]!.passage.chunk,
        analysis.stems,
      ),
      ...promisedParts(segment, linesAfter(segment, scored)),
      ...namedOptions(segment, scored),
      ...motionResult(segment, scored, analysis),
      ...recommendationWording(segment, scored, text),
      ...paragraphDecision(segment, scored, candidates, analysis),
    ];
    // A line chosen or brought that stands in a motion (its seconder, its result) brings the motion's wording,
    // which says what was decided; the mover's and seconder's lines then say only who, unless that is asked.
    const wording = brought.map((line) => motionWording(line, scored, text)).find((lines) => lines.length > 0);
    if (!wording) return brought;
    return [...brought.filter((line) => wanted.has('person') || !isMoverLine(line.text)), ...wording];
  });
  const unique = new Map(withLists.map((segment) => [`${segment.passageIndex}:${segment.start}`, segment]));
  const ordered = [...unique.values()].sort((a, b) => a.passageIndex - b.passageIndex || a.start - b.start);
  if (asksOnlyWhoChaired(analysis.question)) return chairLinesOnly(ordered);
  return wanted.has('attendance') ? linesNamingAttendee(analysis.question, ordered, scored) : ordered;
}

/**
 * Asked only about the chair, the lines that name the chair (an "In the Chair:" label with the name below
 * it), not the other attendance lines the ranking brought with them; all of them when none names one.
 */
function chairLinesOnly(segments: ScoredSegment[]): ScoredSegment[] {
  const naming = segments.filter(
    (segment, index) =>
      namesChair(segment.text) ||
      (chairLabelOnly.test(segment.text) && index + 1 < segments.length) ||
      chairLabelOnly.test(segments[index - 1]?.text ?? ''),
  );
  return naming.length > 0 ? naming : segments;
}

// The parts an attendance question may ask in one breath, each with the line that answers it.
const chairPart = { asked: /\bchair(?:ed|ing)?\b|\bpresid/i, answered: { test: namesChair } };
const absentPart = { asked: /\babsent\b/i, answered: /\babsent\b/i };
const attendanceParts: { asked: RegExp; answered: Pick<RegExp, 'test'> }[] = [
  chairPart,
  { asked: /\bapolog/i, answered: /\bapolog/i },
  absentPart,
];

/**
 * "Who chaired, and were there apologies?": each part is answered by its own line, often in another
 * passage (the attendance block, then the apologies item); a part no chosen line answers yet. "Who was absent?" is
 * such a part on its own.
 */
function unansweredParts(question: string, chosen: ScoredSegment[]): Pick<RegExp, 'test'>[] {
  const asked = attendanceParts.filter((part) => part.asked.test(question));
  // Asked who was absent, the apologies line answers only in part: an "Absent" list names those who sent none.
  if (asked.length < 2 && asked[0] !== absentPart) return [];
  return asked
    .filter((part) => !chosen.some((segment) => part.answered.test(segment.text)))
    .map((part) => part.answered);
}

// "When did inspectors last rate it good?": the lines speaking to it nearly as well as the best one, of which the
// newest dated answers; an older one may share more of the question's words (it says "rated" where the newer says "judged").
const latestShare = 0.6;

/**
 * The line naming the newest time among those scoring near the best one and naming whose event is asked ("when did
 * the inspectorate last rate …": a line on another body's ratings shares "rated" but is not it); undefined when
 * none names a time.
 */
function newestNearBest(ranked: ScoredSegment[], analysis: QuestionAnalysis): ScoredSegment | undefined {
  const top = ranked[0];
  if (!top) return undefined;
  const subject = contentTerms(latestSubject(analysis.question) ?? '');
  let newest: { segment: ScoredSegment; key: string } | undefined;
  for (const segment of ranked) {
    if (segment.score < top.score * latestShare) break;
    const present = presentStems(segment.text, analysis.expansions);
    if (!subject.every((stem) => present.has(stem))) continue;
    const key = newestMention(segment.text);
    if (key !== undefined && (newest === undefined || key > newest.key)) newest = { segment, key };
  }
  return newest?.segment;
}

/** Whether a line names a time, all of it older than the newest line's. */
function isOlder(text: string, newestText: string): boolean {
  const key = newestMention(text);
  const newest = newestMention(newestText);
  return key !== undefined && newest !== undefined && key.slice(0, 4) < newest.slice(0, 4);
}

/** Whether every word of the segment is already in the chosen segments. */
function repeatsChosen(segment: ScoredSegment, chosen: ScoredSegment[]): boolean {
  const quoted = new Set(chosen.flatMap((other) => contentTerms(other.text)));
  return contentTerms(segment.text).every((stem) => quoted.has(stem));
}

const calendarStems = new Set(
  contentTerms([...monthNames, 'monday tuesday wednesday thursday friday saturday sunday'].join(' ')),
);

/** "Tuesday, 31 December 2024": a line of nothing but a day and date. */
function isBareDate(text: string): boolean {
  const stems = contentTerms(text);
  return stems.length > 0 && stems.every((stem) => /^\d/.test(stem) || calendarStems.has(stem));
}

/** A line showing one of the specific kinds asked for; a question asking for none accepts any line. */
function showsAsked(text: string, wanted: Set<AnswerKind>, namedByQuestion: (iso: string) => boolean): boolean {
  const specific = [...wanted].filter((kind) => kind !== 'argument' && kind !== 'change');
  if (specific.length === 0) return true;
  const shown = shownKinds(text, namedByQuestion);
  return specific.some((kind) => shown.has(kind));
}

/**
 * "How did the figure change?", "what was said at both meetings?": the best line from each meeting
 * that speaks to it nearly as well as the best one, up to four meetings.
 */
function acrossMeetings(ranked: ScoredSegment[], candidates: Candidate[], best: ScoredSegment): ScoredSegment[] {
  const byMeeting = new Map<string, ScoredSegment>();
  for (const segment of ranked) {
    const date = candidates[segment.passageIndex]!.passage.chunk.meetingDate;
    if (date === null || byMeeting.has(date) || segment.score < best.score * 0.7) continue;
    byMeeting.set(date, segment);
  }
  return [...byMeeting.values()].slice(0, 4);
}

interface ScoringContext {
  analysis: QuestionAnalysis;
  weigh: Weigh;
  wanted: Set<AnswerKind>;
  asksAboutMinutes: boolean;
  /** The question asks about one meeting's minutes ("were the minutes of March approved?"). */
  asksForMeetingMinutes: boolean;
  /** Some candidate comes from a meeting in the dates the question names. */
  datedInRange: boolean;
  /** Some candidate belongs to a dated meeting. */
  anyPlaced: boolean;
  /** A day inside the dates the question names: context, not an answer to "when". */
  namedByQuestion: (iso: string) => boolean;
  /** A passage of the body the question names (every passage, when it names none or none is at hand). */
  fromBody: (chunk: Chunk) => boolean;
  /** "What did <person> say about <topic>": whose words on what. */
  personTopic: PersonTopic | undefined;
  /** The stems of a titled person whose own word the question asks for. */
  speaker: string[];
  /** The question asks whether something is or was done, not what anyone asked for. */
  asksOutcome: boolean;
  /** The question asks who stayed away, and nothing else of the meeting's attendance. */
  asksOnlyAbsence: boolean;
}

/**
 * A day inside the dates the question names ("on 5 March", "in March 2024"), or in the month it names
 * as a point of reference ("the meeting after the spring one"): context, not an answer to "when".
 */
function namedByQuestion(iso: string, analysis: QuestionAnalysis): boolean {
  const range = analysis.dateRange;
  if (range?.since !== undefined && range.until !== undefined && iso >= range.since && iso <= range.until) return true;
  const [year, month] = iso.split('-');
  const monthStem = contentTerms(monthNames[Number(month) - 1] ?? '')[0];
  return analysis.dateStems.includes(year!) && monthStem !== undefined && analysis.dateStems.includes(monthStem);
}

/**
 * "Were the minutes of the March meeting approved?" asks about one meeting's minutes, which the item
 * approving them answers; "will the parish put draft minutes online?" asks about minutes in
 * general, a policy the approval of the last meeting's minutes says nothing about.
 */
function asksForMeetingMinutes(question: string): boolean {
  return /\b(?:the|last|previous|meeting'?s)\s+minutes\b|\bminutes\s+(?:of|from|for)\b/i.test(question);
}

/** An item of approving the last meeting's minutes: "To approve/sign the Minutes of …", "Confirmation of minutes". */
function approvesMinutes(title: string | undefined): boolean {
  return (
    title !== undefined &&
    /\b(?:approv|confirm|sign|accept|adopt|agree)\w*\b[^\n]{0,40}\bminutes\b|\bminutes of the (?:last|previous)\b/i.test(
      title,
    )
  );
}

/** Whether a meeting falls in the dates the question names; false when it names none or the paper is undated. */
export function insideRange(meetingDate: string | null, analysis: QuestionAnalysis): boolean {
  const range = analysis.dateRange;
  if (!range || meetingDate === null) return false;
  return (!range.since || meetingDate >= range.since) && (!range.until || meetingDate <= range.until);
}

function scorePassage(candidate: Candidate, passageIndex: number, context: ScoringContext): ScoredSegment[] {
  const { analysis, weigh } = context;
  const { chunk } = candidate.passage;
  // Terms the heading already carries set the topic; a sentence earns its place with the rest.
  const headingStems = presentStems(headingContext(chunk), analysis.expansions);
  const focus = new Set(analysis.focusStems);
  const dates = new Set(analysis.dateStems);
  const segmentWeigh: Weigh = (stem) => (dates.has(stem) ? 0 : weigh(stem) * (focus.has(stem) ? 2 : 1));
  // A paper or item titled after the topic is a better source than a passing mention elsewhere.
  const aboutTopic = coverage(analysis.stems, headingStems, segmentWeigh);
  const segments = chunk.section === 'Summary sheet' ? splitFieldSegments(chunk.text) : splitSegments(chunk.text);
  return segments.flatMap((segment, index) => {
    // "Accountable Officer(s)" printed as a heading over "A Name, Head of Service": the name answers for the office.
    const office = officeLabelAbove(segments, index);
    // A table's header row names columns and answers nothing; a row under it is read with those names.
    if (isHeaderRow(chunk.text, segment, chunk.tableHeader)) return [];
    const read = office ? `${office}: ${segment.text}` : withColumnNames(chunk.text, segment, chunk.tableHeader);
    const present = presentStems(read, analysis.expansions);
    // "This is a rise of 64": a sentence opening on a pronoun speaks of the one before it on the line,
    // whose words name what "this" is; they count for it nearly as its own (the answer quotes both, see sentenceWindow).
    const referred = referredStems(segments, index, chunk.text, analysis);
    // A heading line that restates the item is noise, unless it holds what was asked ("Date of next meeting 14 May").
    const shows = kindBonus(read, context.wanted, context.namedByQuestion);
    const restates =
      restatesHeading(segment.text, present, headingStems) ||
      printsItemTitle(segment.text, chunk.minuteTitle) ||
      printsBodyName(segment.text, chunk);
    if (restates && !showsFigureAsked(segment.text, context)) return [];
    if (isFormTemplate(segment.text) || isLinkOrTag(segment.text)) return [];
    const signal =
      intentBonus(underLabel(segments, index), chunk.section, analysis, chunk.meetingDate) +
      listBonus(segment.text, present, focus) +
      dateBonus(segment.text, chunk, analysis) +
      rowAskedBonus(chunk, segment, analysis) +
      (analysis.reference && heldAsAsked(segment.text, analysis.reference) ? 0.3 : 0) +
      shows;
    // The heading sets the topic for every line under it that speaks to the question at all: its
    // terms earn half, whether or not the line repeats them; only the line's own terms earn in full.
    const speaks = signal > 0 || analysis.stems.some((stem) => !dates.has(stem) && present.has(stem));
    const credit: Weigh = (stem) =>
      segmentWeigh(stem) *
      (headingStems.has(stem) ? (speaks ? 0.5 : 0) : present.has(stem) ? 1 : referred.has(stem) ? referredShare : 0);
    const relevance =
      0.5 * candidate.coverage +
      0.3 * aboutTopic +
      phraseBonus(segment.text, analysis) +
      coverage(analysis.stems, union(union(present, headingStems), referred), segmentWeigh, credit) +
      signal;
    const pointer = describesPaper(segment.text) ? 0.6 : 1;
    // Agendas and work programmes list business; the minutes and reports hold what was said about it.
    const listing = isListing(chunk.kind, analysis) ? 0.8 : 1;
    // Approving the last meeting's minutes names that meeting and its topics, and answers nothing.
    const procedure =
      (!context.asksAboutMinutes && isProcedure(segment.text)) ||
      (!context.asksForMeetingMinutes && approvesMinutes(chunk.minuteTitle))
        ? 0.5
        : 1;
    // The question names when: a paper of that meeting beats another meeting's, and an undated paper
    // that only mentions the day.
    const otherMeeting =
      context.datedInRange && !insideRange(chunk.meetingDate, analysis) ? (chunk.meetingDate ? 0.7 : 0.5) : 1;
    // A paper that could be placed neither in a meeting nor in a kind (a site's front matter, a list of
    // sources) is weaker evidence than a meeting's own papers.
    const unplaced = context.anyPlaced && chunk.meetingDate === null && chunk.kind === 'other' ? 0.6 : 1;
    // Asked for a date, an amount or a name: a line without one answers only the topic.
    const unanswering = showsAsked(segment.text, context.wanted, context.namedByQuestion) ? 1 : 0.85;
    // The question names the body: its cabinet or a parish meeting on the same topic is another body's word.
    const otherBody = context.fromBody(chunk) ? 1 : 0.7;
    // Asked what someone said on a topic: the line welcoming them names them and answers nothing; minutes
    // report their words on the topic under the item ("The Board acknowledged …") without the name, and
    // their own words under it without the item's ("The Director stated that the matter would be kept under review").
    const offTopic =
      context.personTopic && namesPersonOffTopic(context.personTopic, present) && !reportsWords(segment.text) ? 0.5 : 1;
    // Nor is an officer's reply to them ("In response to Cllr Amery, the engineer advised …") their word.
    const answered = namesOnlyAsAnswered(segment.text, context.speaker) ? 0.5 : 1;
    // Asked whether something is done, what a petition asks for shares the outcome's words and is not it.
    const request = context.asksOutcome && reportsRequestMade(segment.text) ? 0.6 : 1;
    // Asked who stayed away, a Present line shares the question's words ("didn't attend") and names only who came.
    const cameOnly =
      context.asksOnlyAbsence && shownKinds(read).has('attendance') && !recordsAbsence(segment.text) ? 0.5 : 1;
    const factor =
      pointer *
      listing *
      procedure *
      otherMeeting *
      unplaced *
      unanswering *
      otherBody *
      offTopic *
      answered *
      request *
      cameOnly *
      (1 - 0.03 * passageIndex);
    return [{ ...segment, passageIndex, signal, score: relevance * factor }];
  });
}

// Asked what an appendix is, the line listing or titling it answers; "(see Appendix 1)" only points to it.
function heldAsAsked(text: string, reference: PaperReference): boolean {
  return reference.titleAsked ? namesPartItself(text, reference) : holdsReference(text, reference);
}

// "This is…", "It was…", "As of May, this totalled…": the sentence's subject is the one before it.
// The sentence before says what "this" is, yet a line's own words are stronger evidence than its neighbour's.
const referredShare = 0.75;
const opensOnPronoun = /^\W*(?:[^,.]{1,30},\s*)?(?:this|these|that|those|it|they)\b/i;

/** The words of the sentence before a pronoun-led one on its line, which say what the pronoun stands for. */
function referredStems(segments: Segment[], index: number, text: string, analysis: QuestionAnalysis): Set<string> {
  const segment = segments[index]!;
  const previous = segments[index - 1];
  if (!previous || !opensOnPronoun.test(segment.text) || text.slice(previous.end, segment.start).includes('\n'))
    return new Set();
  return presentStems(previous.text, analysis.expansions);
}

/**
 * A heading-like line whose every word is already in its heading ("Summary Work Programme") adds nothing;
 * nor does the item's own heading line, whose number and agenda reference ("82. Corporate Risk Register
 * (Item 7)", "Item 4: Presentation: …") the answer already prints as "Minute 82, Corporate Risk Register".
 */
function restatesHeading(text: string, present: Set<string>, headingStems: Set<string>): boolean {
  const sentence = /[.!?]["”’*]*\s*$/.test(text.trim());
  const words = [...present].filter((stem) => !itemReference.has(stem) && !/^\d+$/.test(stem));
  return !sentence && words.length > 0 && words.every((stem) => headingStems.has(stem));
}

// The words that number an item rather than name it: "Item 7", "Minute 82", "Agenda item 5".
const itemReference = new Set(contentTerms('item items minute minutes agenda'));

/** The item's heading line as printed ("**Item 4: Presentation: … A/S.E.E.**"), its title whole. */
function printsItemTitle(text: string, title: string | undefined): boolean {
  const bare = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return (
    title !== undefined &&
    bare(title).length > 0 &&
    bare(withoutItemReference(text.replace(/[*_]/g, ''))) === bare(title)
  );
}

/**
 * The body's name alone on its line ("Overview and Scrutiny Committee" over a frontsheet's "Date: / Venue:"): it
 * says whose paper it is, which the answer's heading already prints, and answers nothing else.
 */
function printsBodyName(text: string, chunk: Chunk): boolean {
  const bare = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const line = bare(text);
  return line.length > 0 && (line === bare(chunk.committee) || line === bare(chunk.authority ?? ''));
}

/**
 * Whether a line that restates its heading still holds a figure or date that was asked for: the words
 * it shares with the heading ("Risk", "Decision") show no answer, the numbers beside them may.
 */
function showsFigureAsked(text: string, context: ScoringContext): boolean {
  const shown = shownKinds(withoutItemReference(text), context.namedByQuestion);
  return [...figureKinds].some((kind) => shown.has(kind) && context.wanted.has(kind));
}

const figureKinds = new Set<AnswerKind>(['amount', 'count', 'measure', 'time']);

/**
 * The line without its item number and agenda reference, whose figures are not what anyone asked. A clock time
 * before the number ("10:35  4. Riverside Path Lighting", an agenda's time column) is the item's own and stays.
 */
function withoutItemReference(text: string): string {
  return text
    .replace(/^\W*(?:(?:agenda\s+)?item|minute)?\s*(?!\d{1,2}:\d{2}\b)\d+(?:[./]\d+)*[a-z]?\s*[.:)]?\s*/i, '')
    .replace(/\(\s*(?:agenda\s+)?item\s+\d+[a-z]?\s*\)/gi, '');
}

function union(a: Set<string>, b: Set<string>): Set<string> {
  return new Set([...a, ...b]);
}

// What someone argued runs over several sentences, to the ask or conclusion that ends the paragraph; a fact sits in one or two.
const windowLength = (wanted: Set<AnswerKind>) => (wanted.has('argument') ? 900 : 600);

/**
 * A sentence cut from a paragraph often states the topic and leaves the fact to the next one ("The
 * waiting list has shortened…", "…it now stands at 212 families"): the sentences that follow on the same line
 * come with it while the quote stays short, and, past that, the first later one on the line that shows
 * what was asked. One that opens on a pronoun brings the sentence before, which says who is meant.
 */
function sentenceWindow(
  segment: ScoredSegment,
  scored: ScoredSegment[],
  candidates: Candidate[],
  wanted: Set<AnswerKind>,
): ScoredSegment[] {
  const text = candidates[segment.passageIndex]!.passage.chunk.text;
  const siblings = scored
    .filter((other) => other.passageIndex === segment.passageIndex)
    .sort((a, b) => a.start - b.start);
  const at = siblings.findIndex((other) => other.start === segment.start);
  let lineEnd = at;
  while (siblings[lineEnd + 1] && !text.slice(siblings[lineEnd]!.end, siblings[lineEnd + 1]!.start).includes('\n'))
    lineEnd += 1;
  const window: ScoredSegment[] = [];
  let length = segment.text.length;
  const previous = siblings[at - 1];
  const onLine = (a: ScoredSegment, b: ScoredSegment) => !text.slice(a.end, b.start).includes('\n');
  if (
    previous &&
    onLine(previous, segment) &&
    (/^\W*(?:he|she|his|her|their)\b/i.test(segment.text) || opensOnPronoun.test(segment.text))
  ) {
    window.push(previous);
    length += previous.text.length;
  }
  const rest = siblings.slice(at + 1, lineEnd + 1);
  let taken = 0;
  for (const next of rest) {
    if (length + next.text.length > windowLength(wanted)) break;
    window.push(next);
    length += next.text.length;
    taken += 1;
  }
  const shows = (piece: ScoredSegment) => wanted.size > 0 && kindBonus(piece.text, wanted) > 0;
  if (![segment, ...window].some(shows)) {
    const answering = rest.slice(taken).find(shows);
    if (answering) window.push(answering);
  }
  return window;
}

/**
 * "Who chaired, and were there apologies?": the chair, present and apologies lines come together. Asked
 * only about the chair, only the line naming the chair: under a bare "In the Chair:" label, the line after it.
 */
function attendanceLines(
  segment: ScoredSegment,
  scored: ScoredSegment[],
  wanted: Set<AnswerKind>,
  question: string,
  chunk: Chunk,
): ScoredSegment[] {
  if (!wanted.has('attendance')) return [];
  const others = scored.filter((other) => other.passageIndex === segment.passageIndex && other !== segment);
  if (!shownKinds(segment.text).has('attendance')) {
    // A name of a list under a bare "Present:" label ("Sir A B    Chair" over "Ms C D    Chief Executive"): who
    // was there is the whole list, not the name that shared the question's words.
    const asksWhole = !asksOnlyWhoChaired(question) && !asksOnlyWhoWasAbsent(question);
    const label = asksWhole ? bareLabelOver(segment, others, chunk.text) : undefined;
    return label ? membersListedUnder(label, [segment, ...others], chunk.text) : [];
  }
  if (asksOnlyWhoChaired(question)) {
    if (namesChair(segment.text) && !chairLabelOnly.test(segment.text)) return [];
    const next = others.find((other) => other.start > segment.start);
    return chairLabelOnly.test(segment.text) && next
      ? [next]
      : others.filter((other) => namesChair(other.text)).slice(0, 1);
  }
  // Asked only who stayed away, the Present and "Also present" lines beside the apologies name who came.
  const absenceOnly = asksOnlyWhoWasAbsent(question);
  const lines = others
    .filter((other) => shownKinds(other.text).has('attendance') && !attendanceLabel.test(other.text))
    .filter((other) => !absenceOnly || recordsAbsence(other.text))
    .slice(0, 3);
  return [...lines, ...[segment, ...lines].flatMap((line) => membersListedUnder(line, others, chunk.text))];
}

// A line of a list printed one member a line: "Councillor Kenneth Baird (Vice-Convener)", "Mr D Shaw",
// "Cynghorwyr / Councillors: A, B and C"; a board's table of role and name ("Chairperson     A Name",
// "Member          B Name"), the role printed where a title would be.
const memberLine =
  /^\W*(?:\p{L}+\s\/\s)?(?:councillors?|cllrs?\.?|crs?\.?|mr|mrs|ms|miss|mx|dr|prof(?:essor)?|sir|dame|rev(?:erend)?|(?:deputy\s+)?mayor|provost|bailie|alderman|(?:(?:deputy\s+)?chair(?:person|man|woman)?|members?)(?=[ \t]{2,}\p{Lu}))\b/iu;
/** The most members printed one a line that an answer quotes under their list's label. */
export const membersListed = 12;
// "Apologies:  Cllr B", "In attendance: …": a new labelled list, not the next name of the one above.
const listLabel = /^\W*[\p{L} ]{2,30}:/u;

/**
 * The members listed one a line under an attendance line, up to the paragraph's end: a Present list printed
 * that way is answered whole, not by its first line only, and so is a list wrapped over several lines, past
 * the blank lines an exported web page or PDF leaves ("Present: Cllr A - Chairman," then "Cllr B, Cllr C").
 */
function membersListedUnder(line: ScoredSegment, others: ScoredSegment[], text: string): ScoredSegment[] {
  const after = others.filter((other) => other.start >= line.end).sort((a, b) => a.start - b.start);
  const listed: ScoredSegment[] = [];
  let end = line.end;
  for (const next of after) {
    const between = text.slice(end, next.start);
    // A line ending on a comma is not finished: what follows is the list's next names, titled or not.
    const unfinished = /,\s*$/.test(text.slice(0, end)) && /^(?:[ \t]*\r?\n){1,2}[ \t]*$/.test(between);
    // A name indented under the first one ("Attendees:  Cllr A (Chair)" over "            B (Traders)") goes on
    // the label's list, titled or not.
    const hanging = /^[ \t]*\r?\n[ \t]{4,}$/.test(between) && !listLabel.test(next.text);
    const continues = unfinished || hanging || (/^[ \t]*\r?\n[ \t]*$/.test(between) && memberLine.test(next.text));
    if (!continues || listed.length >= membersListed) break;
    listed.push(next);
    end = next.end;
  }
  return listed;
}

/**
 * The bare attendance label ("Present:", "Apologies") heading the one-a-line list the segment stands in, read back
 * over the names above it; undefined when the segment is not in such a list.
 */
function bareLabelOver(segment: ScoredSegment, others: ScoredSegment[], text: string): ScoredSegment | undefined {
  if (!memberLine.test(segment.text)) return undefined;
  const before = others.filter((other) => other.end <= segment.start).sort((a, b) => b.start - a.start);
  let start = segment.start;
  for (const line of before) {
    if (!/^[ \t]*\r?\n[ \t]*$/.test(text.slice(line.end, start))) return undefined;
    if (attendanceLabel.test(line.text)) return line;
    if (!memberLine.test(line.text)) return undefined;
    start = line.start;
  }
  return undefined;
}

// "In the Chair:", "Chairing:" alone on a line: the label, its name on the line below.
const chairLabelOnly = /^\W*(?:present\s+)?(?:in\s+the\s+chair|chairing)\W*$/i;

function asksOnlyWhoChaired(question: string): boolean {
  const asked = attendanceParts.filter((part) => part.asked.test(question));
  return (
    asked.length === 1 && asked[0] === chairPart && !/\bpresent\b|\battend|\bwho (?:was|were) there\b/i.test(question)
  );
}

/** The first segment and those that follow it on its paragraph, up to the length of a short quote. */
function wholeParagraph(segments: ScoredSegment[], text: string): ScoredSegment[] {
  const paragraph: ScoredSegment[] = [segments[0]!];
  let length = segments[0]!.text.length;
  for (const segment of segments.slice(1)) {
    if (/\n\s*\n/.test(text.slice(paragraph.at(-1)!.end, segment.start)) || length + segment.text.length > 600) break;
    paragraph.push(segment);
    length += segment.text.length;
  }
  return paragraph;
}

const repliesTo = /^\W*(?:reply|response|answer)\s*[:–-]/i;
const challengeQuestion = /^\W*Q\s*:\s/;
const challengeAnswer = /^\W*A\s*:\s/;
const introducesMotion = /\bthe following (?:was|were|is|are) (?:proposed|moved|agreed|resolved|put)\b[^\n]*[.:]\W*$/i;
// "…what the scheme states in relation to change of use applications i.e." with a page break between it and the
// quote: the sentence goes on in the next line, which holds what it says. A line ending in a colon ("were as
// follows:") brings its whole list instead (below).
const unfinishedClause = /\b(?:i\.\s?e|e\.\s?g|viz)\.?,?\s*$|\bnamely,?\s*$/i;

/**
 * A line read with the label alone on the line above it ("APOLOGIES:" over "Councillor B. Collins and …", "IN THE
 * CHAIR:" over a name): the label says what the line is, as it would on the same line.
 */
function underLabel(segments: Segment[], index: number): string {
  const text = segments[index]!.text;
  const above = segments[index - 1]?.text;
  // Most lines have none: the colon is looked for before the label is cleaned of its mark-up.
  if (!above || !/:\W*$/.test(above)) return text;
  const label = readableSegment(above);
  return /:\s*$/.test(label) && isShortLabel(label) ? `${label} ${text}` : text;
}

/**
 * The office a heading or bold line names just above a segment ("#### **Accountable Officer(s)**", "Lead officer:"),
 * whose holder the segment prints; the office's own line is not the holder.
 */
function officeLabelAbove(segments: Segment[], index: number): string | undefined {
  const above = segments[index - 1]?.text;
  if (!above) return undefined;
  const label = readableSegment(above).replace(/:\s*$/, '');
  const standsAlone = /^\s*#{1,6}\s/.test(above) || /^\s*\*\*[^*]+\*\*\s*$/.test(above) || /:\s*$/.test(above);
  return standsAlone && isShortLabel(label) && officeTitle.test(label) && !officeTitle.test(segments[index]!.text)
    ? label
    : undefined;
}

const officeTitle = /\b(?:officers?|authors?|lead|contact)(?:\(s\))?$/i;

/** "Police Matters:", "Highways -": a few words and a colon, a heading run into the text rather than a sentence. */
function isShortLabel(text: string): boolean {
  const label = text.replace(/[\s*:-]+$/, '').trim();
  return label.length > 0 && label.length <= 40 && label.split(/\s+/).length <= 5 && !/[.;,]/.test(label);
}

/** A list item's marker at the start of its line: "- ", "• ", "o " (a text layer's sub-bullet), "(a)", "3.". */
export const listMarker = /^\s*(?:\\?[-•*◦▪]|o[ \t]|\(?\d+[).]|\(?[a-zA-Z]{1,4}\)|\\?\d+\\?\.)\s*/;

// "The following services were awarded a contract …(as amended)." and "They must." introduce the list under
// them as a colon does; "the following year" does not.
const followingNamed =
  /\bthe following\b(?!\s+(?:year|week|month|day|morning|afternoon|evening|meeting|session|term|quarter|spring|summer|autumn|winter)s?\b)/i;
const modalClosing = /\b(?:must|shall|should|will)\.\s*$/i;

// "The biggest challenges were:-", "the main reasons are:": a sentence whose complement is what follows it.
const predicateIntro = /\b(?:were|was|are|is)\s*:-?\s*(?:\*\*)?\s*$/i;

/** Whether a line that does not end in a colon still introduces the list under it. */
export function introducesInWords(text: string): boolean {
  return followingNamed.test(text) || modalClosing.test(text);
}

/** The lines of a segment's passage after it, in order. */
function linesAfter(segment: ScoredSegment, scored: ScoredSegment[]): ScoredSegment[] {
  return scored
    .filter((other) => other.passageIndex === segment.passageIndex && other.start > segment.start)
    .filter((other) => !isHeadingOnly(other.text))
    .sort((a, b) => a.start - b.start);
}

/**
 * A resolution list is taken whole; a line ending in a colon brings what it introduces: the list
 * items that speak to the question (or all of a short list), or the few short lines under a label
 * ("Report Authors:" and the names).
 */
function following(
  segment: ScoredSegment,
  scored: ScoredSegment[],
  candidates: Candidate[],
  analysis: QuestionAnalysis,
): ScoredSegment[] {
  const chunk = candidates[segment.passageIndex]!.passage.chunk;
  const siblings = scored.filter((other) => other.passageIndex === segment.passageIndex && !isHeadingOnly(other.text));
  if (chunk.section === 'Resolved' && analysis.intent === 'resolution') return siblings.slice(0, 10);
  // A member's question put in writing is answered by the reply printed under it.
  const after = siblings.filter((other) => other.start > segment.start).sort((a, b) => a.start - b.start);
  const next = after[0];
  if (next && repliesTo.test(next.text) && !repliesTo.test(segment.text)) return wholeParagraph(after, chunk.text);
  // Governors' and trustees' minutes record their challenge as "Q: …" and the answer as "A: …" on the next line.
  if (next && challengeQuestion.test(segment.text) && challengeAnswer.test(next.text)) return [next];
  // "Following discussion, the following was proposed." introduces the motion on the next line.
  if (introducesMotion.test(segment.text)) return next ? [next] : [];
  if (unfinishedClause.test(segment.text)) {
    const goesOn = after.find((other) => /\p{L}/u.test(other.text));
    return goesOn ? [goesOn] : [];
  }
  // An office or contact heading printed alone on its line, without a colon ("Author", "14. Contact details"),
  // heads its holder below.
  const heading = segment.text.replace(/^\W*\d+(?:\.\d+)*\.?\s+/, '').trim();
  const headsHolder = isShortLabel(heading) && (officeTitle.test(heading) || /^contact details$/i.test(heading));
  const colon = /:-?\s*(\*\*)?\s*$/.test(segment.text);
  if (!colon && !headsHolder && !introducesInWords(segment.text)) return [];
  const startsLine = (other: ScoredSegment) =>
    /(?:^|\n)[ \t]*$/.test(chunk.text.slice(Math.max(0, other.start - 40), other.start));
  const items = after.filter(startsLine);
  // An intro line that closes its passage: its list, if any, is in the next passage.
  if (items.length === 0) return [];
  const list: ScoredSegment[] = [];
  // Introduced in words, not by a colon: only a marked list follows.
  if (!colon && !headsHolder && !listMarker.test(items[0]!.text)) return [];
  if (!listMarker.test(items[0]!.text)) {
    // A sub-heading of a few words over a paragraph ("Police Matters:", then what the officer reported):
    // the paragraph's opening sentence is what it heads.
    if (items[0]!.text.length > 90) {
      if (isShortLabel(segment.text)) return [items[0]!];
      // "It was felt that the biggest challenges were:-", then a paragraph on each: the clause's own subject is
      // the paragraphs, so their opening sentences are what the line says, up to the next label or resolution.
      if (!predicateIntro.test(segment.text)) return [];
      for (const line of items.slice(0, 3)) {
        if (listMarker.test(line.text) || /:-?\s*$/.test(line.text) || /^\W*resolved\b/i.test(line.text)) break;
        list.push(line);
      }
      return list;
    }
    // A label over a few short lines: a name, a role, a date.
    for (const line of items.slice(0, 3)) {
      if (listMarker.test(line.text) || line.text.length > 90 || /:\s*$/.test(line.text)) break;
      list.push(line);
    }
    return list;
  }
  const marked: ScoredSegment[] = [];
  // Items nested under the line end where the nesting does: the next line at the intro's own depth.
  const indent = (other: ScoredSegment) => other.start - chunk.text.lastIndexOf('\n', other.start - 1) - 1;
  const nested = indent(items[0]!) > indent(segment);
  for (const item of items) {
    if (!listMarker.test(item.text) || marked.length >= 8) break;
    if (nested && indent(item) !== indent(items[0]!)) break;
    marked.push(item);
  }
  // The line holds what the list is asked for ("Inspectors evaluated the effectiveness of:" asked what they
  // evaluated): the list is the answer, every item of it.
  if (contentTerms(segment.text).some((stem) => analysis.focusStems.includes(stem))) return marked;
  const short = marked.every((item) => item.text.length <= 200);
  const best = Math.max(0, ...marked.map((item) => item.score));
  // A long list of long items: only those nearly as relevant as its best one.
  return short ? marked : marked.filter((item) => item.score >= best * 0.85);
}

/**
 * "The council voted to support Option 2": the vote names an option the passage lists above it ("2. A
 * new depot on the northern site"), which says what was chosen; the numbered item comes with the vote.
 */
function namedOptions(segment: ScoredSegment, scored: ScoredSegment[]): ScoredSegment[] {
  const named = [...segment.text.matchAll(/\boptions? ([0-9]{1,2}|[A-H])\b/gi)].map((match) => match[1]!.toUpperCase());
  if (named.length === 0) return [];
  const listed = (other: ScoredSegment, label: string) =>
    new RegExp(`^\\W*(?:options?\\s+)?\\(?${label}\\\\?[.):]\\s`, 'i').test(other.text);
  return [...new Set(named)].flatMap((label) => {
    const item = scored.find(
      (other) => other.passageIndex === segment.passageIndex && other.start < segment.start && listed(other, label),
    );
    return item ? [item] : [];
  });
}

// "Who voted against …", "how did members vote": the names of the vote are the answer, not only its result.
const asksForVote = /\bvot(?:e|ed|es|ing)\b|\bin favou?r\b|\bopposed\b|\bagainst\b/i;

/**
 * A line of a motion printed as "Moved …" / "Seconded …" / "That …" / "Carried" (Canadian, Australian, US
 * minutes) does not say whether it passed: the result printed under it comes with it, and the names of the
 * recorded vote when the question asks who voted, up to where the next motion begins.
 */
function motionResult(segment: ScoredSegment, scored: ScoredSegment[], analysis: QuestionAnalysis): ScoredSegment[] {
  if (isMotionOutcome(segment.text) || isVoteNames(segment.text)) return [];
  const after = scored
    .filter((other) => other.passageIndex === segment.passageIndex && other.start > segment.start)
    .sort((a, b) => a.start - b.start);
  for (const [index, other] of after.entries()) {
    if (opensMotion(other.text) || index >= 16) break;
    if (!isMotionOutcome(other.text)) continue;
    // The result closes the motion; the vote's names sit just above or below it.
    const names = asksForVote.test(analysis.question)
      ? after.slice(0, index + 4).filter((line) => isVoteNames(line.text))
      : [];
    return [other, ...names];
  }
  return [];
}

/**
 * Asked what was decided, a line that states the matter but not the decision ("Locations approved by the
 * engineer were: …") brings the decision the same paragraph records a few sentences on ("It was resolved to go
 * ahead with these locations"), which seldom repeats the matter's words.
 */
function paragraphDecision(
  segment: ScoredSegment,
  scored: ScoredSegment[],
  candidates: Candidate[],
  analysis: QuestionAnalysis,
): ScoredSegment[] {
  if (analysis.intent !== 'resolution' || recordsDecision(segment.text)) return [];
  const text = candidates[segment.passageIndex]!.passage.chunk.text;
  const after = scored
    .filter((other) => other.passageIndex === segment.passageIndex && other.start > segment.start)
    .sort((a, b) => a.start - b.start);
  let previousEnd = segment.end;
  for (const other of after.slice(0, 6)) {
    if (/\n\s*\n/.test(text.slice(previousEnd, other.start)) || opensNumberedParagraph(other.text)) return [];
    if (recordsDecision(other.text)) return [other];
    previousEnd = other.end;
  }
  return [];
}

// "Present", "In Attendance", "Apologies" alone on their lines: the names are on the lines below.
const attendanceLabel =
  /^\W*(?:(?:members|councillors|officers|officials)\s+)?(?:present|in attendance|attendance|apologies|regrets)\W*$/i;

function isHeadingOnly(text: string): boolean {
  if (isDecisionLabel(text) || attendanceLabel.test(text)) return true;
  // A bold line is a heading when short; parish minutes print a whole motion and its vote in bold.
  if (/^\s*#{1,6}\s/.test(text) || (/^\s*\*\*[^*]+\*\*\s*$/.test(text) && text.length <= 100)) return true;
  const plain = text.replace(/<[^>]+>|[*#_\-–:\s]|resolved|that/gi, '');
  return plain.length < 3 || /^\d+\.\s+[A-Z0-9 ,'’&()/-]+$/.test(text.trim());
}

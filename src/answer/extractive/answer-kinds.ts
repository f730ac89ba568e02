import { LRUCache } from 'lru-cache';
import { asksWhoWasAbsent } from '../../core/absence.js';
import { bracketedChairTitle } from '../../core/chair-titles.js';
import { findDates, monthNumber, monthPattern } from '../../core/dates.js';
import { withoutMeasuredAttendance } from '../../core/measured-attendance.js';
import { asksForOfficeHolder, asksWhomToContact } from '../../search/analyze-question.js';
import { printsAccountsSum } from './accounts-sum.js';

/**
 * What a question asks for, read from its wording: a person, an amount, a time, an outcome (what was
 * decided or done), an argument (what someone said and why), attendance, or a change across meetings.
 * A sentence that shows the kind asked for answers the question; one that only shares its words may not.
 */
export type AnswerKind =
  | 'person'
  | 'author'
  | 'amount'
  | 'count'
  | 'measure'
  | 'age'
  | 'time'
  | 'outcome'
  | 'tally'
  | 'recommendation'
  | 'argument'
  | 'reason'
  | 'attendance'
  | 'change'
  | 'existence';

// "Which officers were at cabinet for the budget item?": who came, for the sitting or one item of it.
const attendanceAsked = new RegExp(
  String.raw`\bchair(?:ed|ing)?\b|\bin the chair\b|\bpresent\b|\bapolog\w*|\battend\w*|\babsent\b|\bwho (?:was|were) there\b|\b(?:who|which (?:[a-z]+ )?(?:officers?|officials?|members?|councillors?|people|staff))\s+(?:was|were)\s+(?:at|there)\b|${asksForOfficeHolder.source}`,
);

const asksWhen =
  /^\s*when\b|\bwhen(?:'s|’s| is| was| will| did| does| do| are| were)\b|\bwhat (?:time|date|day)\b|\b(?:deadlines?|timetable|timescales?|time ?frames?|target dates?|due dates?)\b/;
const asksArgument =
  /\b(?:argue|argued|say|said|says|think|thought|view|views|opinion|concerns?|why|reasons?|position|stance|feel|felt)\b/;
// The step as a verb: after "did" with its object or preposition following ("did they lease the loft to"), or as a
// participle after "was"/"been" ("were set", "has been replaced"); "the centre lease", "the repairs backlog" are nouns.
const stepTaken =
  /\bdid\b[^?]*\b(?:lease|let|sell|grant|award|appoint|allocate|set|fix|replace|repair|install|complete|finish|renew|transfer)\s+(?:the|a|an|its|their|it|them|to|for|out|as)\b|\b(?:was|were|been|be)\s+(?:\w+ly\s+)?(?:leased|let|sold|granted|awarded|appointed|allocated|set|fixed|replaced|repaired|installed|completed|finished|renewed|transferred)\b(?!\s+(?:up|out|aside)\b)|\byet\b/;

const asks: [AnswerKind, Pick<RegExp, 'test'>][] = [
  [
    'person',
    /\bwho(?:'s|’s|se|m)?\b|\bby whom\b|\bwhich (?:councillors?|members?|officers?|person|people)\b|\bauthor\b/,
  ],
  [
    'amount',
    // "How is the scheme being paid for?": what pays for it, a grant or a budget, printed with its sum.
    // "How far through its plan is …?": how much of it is done, a share. "What is the most the county will pay?": a cap.
    /\bhow much\b|\b(?:the|at) (?:most|maximum|least|minimum)\b[^?]*\b(?:pay|paid|spend|spent|charge|charged|contribute|borrow|raise|give)\b|\bhow far (?:through|along|into|on|behind|ahead)\b|\bwhat (?:amount|sum|figure|percentage|proportion|share|total)\b|\bwhat (?:[\w-]+ )?figures?\b|\b(?:cost|costs|price|fee|fees)\b|\bhow (?:is|are|was|were|will|would)\b[^?]*\b(?:paid for|funded|financed)\b/,
  ],
  [
    'author',
    new RegExp(
      String.raw`\bwho (?:wrote|writes|prepared|drafted|authored)\b|\b(?:written|prepared|drafted) by\b|\bauthors?\b|${asksWhomToContact.source}`,
    ),
  ],
  ['count', /\bhow many\b|\bwhat number\b|\bnumber of\b/],
  // "How long a footpath?", "how far from the school?", "what area?", "how long will the works take?":
  // a length, distance, area or duration, credited like an amount.
  [
    'measure',
    /\bhow (?:long|far(?!\s+(?:through|along|into|on|behind|ahead)\b)|big|large|wide|high|tall|deep|much land)\b|\bwhat (?:length|distance|area|size|width|height|depth|duration|period)\b|\bfor how long\b/,
  ],
  // "At what age …", "how old are …", "which age group": an age ("aged 16", "16 to 25", "over-65s"). "What age
  // limit" asks a limit, told in years of a vehicle as often as of a person.
  ['age', /\bwhat ages?\b(?! limit)|\bhow old\b|\bage (?:range|group|band|bracket)s?\b|\bwhich ages?\b/],
  ['time', asksWhen],
  // "Who did the board lease the loft to?", "what hours were set?", "has the lighting been replaced yet?": a step a
  // decision or the works took, answered where the item resolved it or reported it done, not where it was discussed.
  // "What date did they set for reopening?" asks the date, which a line saying when answers whatever it decided; "what
  // did cabinet say about the new grant?" asks what was said, and "grant" there names no step.
  [
    'outcome',
    {
      test: (question: string) => stepTaken.test(question) && !asksWhen.test(question) && !asksArgument.test(question),
    },
  ],
  // "Which supplier will provide the climbing frame?", "which contractor was chosen?": the body a decision chose is
  // named where the quote was accepted or the contract awarded, not in the discussion of who had quoted. "Which
  // company ran the pilot?" asks what was done, not what was chosen.
  [
    'outcome',
    /\b(?:which|what)\s+(?:contractors?|suppliers?|firms?|compan(?:y|ies)|providers?|consultants?|builders?)\b[^?]*\b(?:will|shall|(?:is|are) to|(?:was|were|been|be)\s+(?:chosen|selected|appointed|awarded|picked|hired|engaged|commissioned)|won|wins)\b|\b(?:did|does|has|have|was|were|will|is)\b[^?]*\b(?:approve|agree|adopt|sign|pass|get through|go through|carried(?! out)|back|support|go with|choose|pick|accept|reject|refuse|endorse|vote|decide|do)\b|\bwhich\b[^?]*\b(?:go with|went with|chose|choose|picked|pick|backed|back|preferred|select)\b|\boutcome\b|\bresult\b|\bwhat happened\b/,
  ],
  // "What was the vote on the motion?", "how many votes did each candidate get?": the count of votes, not only the outcome.
  [
    'tally',
    /\bthe vote (?:on|for|over|about)\b|\bwho (?:voted|votes|vote) (?:against|for|in favour)\b|\bhow many votes\b|\bby how many\b[^?]*\bvot|\bvot(?:e|ing) (?:count|split|tally|figures|numbers)\b|\bhow (?:close|narrow) was the vote\b/,
  ],
  // "What did officers recommend?", "what was the panel's recommendation?": what was put forward, which a decision
  // that departs from it ("refused, contrary to the officer recommendation") only mentions.
  [
    'recommendation',
    /\bwhat (?:did|do|does|had|has|have)\b[^?]*\brecommend\b|\bwhat (?:was|were|is|are)\b[^?]*\brecommendations?\b/,
  ],
  ['argument', asksArgument],
  // "Why won't they …?", "what was the reason for …?": a cause or a consequence, not only the topic.
  ['reason', /\bwhy\b|\bhow come\b|\breasons?\b|\bjustif/],
  [
    'attendance',
    // The holder of a meeting's office ("who is the clerk?") is printed in its attendance list, and who stayed
    // away ("which member missed the meeting?") on its apologies line.
    {
      test: (question: string) => attendanceAsked.test(question) || asksWhoWasAbsent(question),
    },
  ],
  // "Is there a budget for …?", "…, or are there objections to it?": whether something exists at all.
  ['existence', /^\W*(?:is|are|was|were|will) there\b|\b(?:and|or) (?:is|are|was|were) there\b/],
  [
    'change',
    /\bhow (?:did|has|have|does|do)\b[^?]*\bchang|\bover time\b|\b(?:at|across|in) (?:each|every|both|all)\b|\bboth (?:of )?(?:the |its |their )?(?:[a-z]+ )?(?:meetings|sessions|[a-z]+s)\b|\beach (?:meeting|time)\b|\bevolv|\bprogress(?:ed)? (?:since|over|between)\b/,
  ],
];

export function wantedKinds(question: string): Set<AnswerKind> {
  const lower = question.toLowerCase();
  // "How has pupil attendance moved?" asks how a measured figure moved, not who came to a meeting.
  const meetingAttendance = withoutMeasuredAttendance(lower);
  return new Set(
    asks
      .filter(([kind, pattern]) => pattern.test(kind === 'attendance' ? meetingAttendance : lower))
      .map(([kind]) => kind),
  );
}

/** The titles printed before a person's name in papers and typed in questions ("Cllr", "Mr", "Dame"). */
export const personTitles =
  'Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Councilmember|Alderman|Alderwoman|Mayor|Deputy Mayor|Professor|Prof|Sir|Dame|Lord|Lady|Baroness';
const title = `(?:${personTitles})`;
// "…referred to the Chief Officer for Highways": an officer named by post in a sentence answers "who"
// too; a post printed alone under a name ("Head of Planning") is the name's label, not the answer. A post held for
// the time being ("the Interim Head of Safeguarding", "the Acting Director") is a post all the same.
const post = String.raw`\b[Tt]he (?:Interim |Acting )?(?:Corporate |Executive |Strategic |Assistant |Deputy )?(?:Director|Chief Executive|Chief Officer|Head of [A-Z][\p{L}]+|Town Clerk|Parish Clerk|County Solicitor|Monitoring Officer|Section 151 Officer)\b`;
// "R T Penhallow requesting …", "J. K. Dunmore": two initials and a surname name a person without a title; one
// initial is as often an article ("A New Bench"), and initials run together an acronym ("UK Government").
const initialsAndSurname = String.raw`\b[A-Z](?:\.\s?|\s)[A-Z](?:\.\s?|\s)\s*[A-Z][a-z][\p{L}'’-]+`;
const personPattern = new RegExp(
  String.raw`\b${title}\.?\s+(?:[A-Z]\.?\s+){0,3}[A-Z][\p{L}'’-]+|^\W*[A-Z][a-z]+(?:\s+[A-Z][\p{L}'’-]+){1,2}\s*$|\([A-Z]{2,3}\)|${initialsAndSurname}|${post}`,
  'mu',
);
// "The inspectors were Ana Ruiz and Tom Hale": two or more full names listed after "were", without titles.
const fullName = String.raw`[A-Z][a-z]+\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?`;
const namesPeople = new RegExp(String.raw`\b(?:were|are)\s+${fullName}(?:,\s+${fullName})*,?\s+and\s+${fullName}\b`);
const moneyPattern =
  /[£$€]\s?\d|\b\d[\d,.]*\s?(?:m|bn|k|million|billion|thousand|per ?cent|percent|euro|euros|dollars|pounds)\b|\d\s?%/i;
// Speakers, and minutes written from speech, spell figures out: "eleven hundred pounds", "two and a
// half million", "one point two million", "sixty per cent". The same units as digits take, after number words.
const numberWords =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion';
const spelledNumber = String.raw`\b(?:${numberWords}|a(?=[\s-]+(?:hundred|thousand|million|billion)\b)|half a)(?:[\s-]+(?:(?:and|point)[\s-]+)?(?:a half|a quarter|${numberWords}))*`;
const spelledMoney = new RegExp(
  String.raw`${spelledNumber}[\s-]+(?:million|billion|pounds|euros|dollars|quid|pence|cents|per ?cent|percent)\b`,
  'i',
);
// "a third of households", "two thirds of the budget", "one in five tenants", "half of the sites": a share.
const spelledShare =
  /\b(?:(?:a|one|two|three|four)[\s-]+(?:third|quarter|fifth|tenth)s?|half)\s+of\b|\b(?:one|two|three|four|five|six|seven|eight|nine) in (?:three|four|five|six|ten|twenty|a hundred)\b/i;
// "119 long-term empty properties", "thirteen advisors": a number before the thing counted.
// "twenty-seven sessions", "six-hundred attendees": number words joined by a hyphen count too; "1500+ volunteer
// wardens" counts at least that many. An age ("from age 16 until …", "aged 19 or over") counts nothing.
const countPattern =
  /(?<![\d.\-/])(?<!\bage[ds]?\s)\b(?:\d[\d,]*\+?|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen)(?:-(?:one|two|three|four|five|six|seven|eight|nine|hundred))?)\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z]{3,}/i;
// "This is a rise of 64 (8.5%)", "down by 12 on last year": how far a count moved is a count too.
const changeByNumber =
  /\b(?:(?:increase|decrease|rise|fall|reduction|drop|growth)\s+of|(?:up|down|increased|decreased|rose|fell|reduced)\s+by)\s+\d[\d,]*(?![\d.,]*\s?%)/i;
// "70 m of footpath", "2 km", "3 hectares", "six weeks": a number and its unit of length, area or time.
const measurePattern =
  /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)(?:\s|-)?(?:m|metres?|meters?|km|kilomet(?:re|er)s?|mm|cm|miles?|yards?|feet|foot|ft|hectares?|ha|acres?|sq\.? ?m|m2|m²|square (?:metres?|meters?|feet|miles?|kilometres?)|minutes?|hours?|days?|weeks?|months?|years?)\b/i;
// "Aged 16 and above", "at the age of 26", "between the ages of 18-25", "14 years old", "2-year-olds", "under 5s",
// "over-65s", "from their 16th birthday", "at 16, young people gain …": an age, of a person or of a thing.
const agePattern =
  /\baged?\s+(?:of\s+)?\d|\bages\s+(?:of\s+)?\d|\b\d+\s?(?:years?|yrs?|months?)[\s-]old\b|\b\d+[\s-]years?[\s-]olds?\b|\b(?:under|over)[\s-]\d+s\b|\b\d+(?:st|nd|rd|th)\s+birthday\b|\bat\s+\d{1,2}(?=\s*,|\s+(?:and|or)\s+(?:over|above|older)\b)/i;
// "would be finished by June 2031", "full proposals by Spring 2032", "no later than the end of March 2030":
// when something is due, which a month or season of a year says as well as a day.
const dueBy = new RegExp(
  String.raw`\b(?:by|until|till|before|no later than)\s+(?:the\s+)?(?:(?:end|start|beginning) of\s+)?(?:${monthPattern}|spring|summer|autumn|winter)\s+(?:of\s+)?(?:19|20)\d{2}\b`,
  'i',
);
const clockPattern = /\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d{2}\b/i;
const dayPattern = new RegExp(
  String.raw`\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${monthPattern})\b`,
  'i',
);
const monthOfYear = new RegExp(String.raw`\b(${monthPattern})\s+((?:19|20)\d{2})\b`, 'gi');

/** "from August 2024", "by March 2026": the months of a year a text names, when a plan starts or is due, as ISO days. */
export function monthsOfYear(text: string): string[] {
  return [...text.matchAll(monthOfYear)].map(
    (match) => `${match[2]}-${String(monthNumber(match[1]!)).padStart(2, '0')}-01`,
  );
}
// "In the 2019/20 financial year", "by the end of 2025/26", "by summer 2025", "in Q3 2024": when something is to
// happen, said by a period rather than a day. A bare "2022-27" is as often a strategy's name, and "in 2021-22"
// the year a figure counts, so a span needs "the" or its kind of year.
const periodOfTime =
  /\b(?:in|during|by|for|from|until|over|within)\s+(?:the\s+(?:(?:end|start|beginning|course) of (?:the\s+)?)?(?:19|20)\d{2}\s*[/-]\s*\d{2,4}|(?:(?:end|start|beginning) of\s+)?(?:spring|summer|autumn|winter|q[1-4])\s+(?:19|20)\d{2})\b|\b(?:19|20)\d{2}\s*[/-]\s*\d{2,4}\s+(?:financial|academic|municipal|school)\s+year\b/i;

/** Whether a text says when by a financial or academic year, a season or a quarter. */
export function namesPeriod(text: string): boolean {
  return periodOfTime.test(text);
}
const outcomePattern =
  /\b(?:agreed|resolved|approved|adopted|carried(?! out)|defeated|lost|rejected|declined|decided|endorsed|recommended|refused|granted|unanimous(?:ly)?|seconded|voted|votes? (?:for|against)|in favour|appoint(?:ed)?|awarded|accepted|confirmed|cleared|completed)\b/i;
// "(Voting: 4 for refusal, 2 against)", "by 5 votes to 1", "carried 3-1", "Ayes: …", "received 4 votes": votes counted.
const tallyPattern =
  /\bvoting\s*:|\b(?:ayes|nays|noes)\s*:|\b\d+\s+votes?\s+to\s+\d+\b|\b\d+\s+(?:votes?\s+)?(?:for|in favour)\b[^.;]{0,60}\b\d+\s+(?:votes?\s+)?against\b|\b(?:carried|passed|lost|defeated|approved)\s+(?:by\s+)?\d+\s*[-–]\s*\d+\b|\breceived\s+\d+\s+votes?\b|\bunanimous(?:ly)?\b/i;
// "Against: Deputy Chair G Pettifer, Member A Moorthy", "For: Crs Murnane and Hall": a recorded division's side
// naming who voted that way, which answers "who voted against" as a count does "by how many". "Against: Nil" names no one.
const namedDivisionSide =
  /^\W*(?:[Ff]or|FOR|[Aa]gainst|AGAINST|[Ii]n [Ff]avou?r|[Aa]bstain(?:ed|ing)?|ABSTAIN(?:ED|ING)?|[Aa]bstentions?)\s*[:–-]\s*(?!(?:Nil|None|NIL|NONE)\b)\p{Lu}/u;

/** Whether a line is one side of a recorded division, naming the members who voted that way. */
export function namesDivisionSide(text: string): boolean {
  return namedDivisionSide.test(text);
}
// "The officer recommendation was to grant …", "officers recommended that …", "refusal is recommended": a
// recommendation stated, not one referred to ("contrary to the officer recommendation").
const recommendationPattern =
  /\brecommendations?\s+(?:was|is|were|are)\s+(?:to|that|for)\b|\brecommend(?:s|ed)?\s+(?:that|to|approval|refusal|granting|refusing|approving|the)\b|\b(?:approval|refusal)\s+(?:is\s+|was\s+)?recommended\b/i;
const argumentPattern =
  /\b(?:said|says|argued|explained|stated|felt|believed|suggested|commented|expressed|raised|warned|highlighted|emphasi[sz]ed|stressed|questioned|considered|concerns?|because|risk|noted that|asked)\b/i;
// "There is no budget for …", "there were two vacancies": a sentence saying whether something exists.
const existencePattern =
  /\bthere (?:is|are|was|were|will be|has been|have been|had been)(?:\s+(?:currently|presently|still|now|also))?\s+(?:no|not|none|a|an|some|any|\d)\b/i;
// "…because the grant ends", "if the scheme applied only to X the cost would have to rise": a cause or consequence;
// "refused on the grounds of harm to …": a planning decision's reason.
// A decision notice's "Reasons for the decision:" field: the reasons, under their label.
const reasonsField = /^\W*reasons?(?:\(s\))?\s+for\s+(?:the\s+)?(?:decisions?|recommendations?)\s*:\s*\S/i;
const reasonPattern =
  /\b(?:because|due to|so that|owing to|therefore|in order to|as a result|otherwise|on (?:the )?grounds? (?:of|that))\b|\bwould (?:have to|need to|mean|result in|lead to)\b|\bif\b[^.;]{3,160}\bwould\b/i;
const attendancePattern =
  /\b(?:present|apologies|apology|in the chair|chair(?:man|person|woman)?\)|chaired|in attendance|those attending|absent)\b|^\W*attendees\s*:/i;
// "Governance Advisor: A Name", "Vice-Chair: Cllr B Name": an office and its holder, under its label.
const officeHolderLabel = new RegExp(
  String.raw`^\W*(?:[A-Z][\w-]*\s+){0,3}(?:Chair(?:man|person|woman)?|Clerk|Advis[oe]r|Officer|Secretary|Treasurer|Mayor)(?:\(s\))?\s*:\s*(?:(?:${personTitles})\.?\s+)?[A-Z][\p{L}'’-]+\s+[A-Z][\p{L}'’-]+`,
  'u',
);

// A number that names a part of a paper or a stage rather than counting anything: "Section 175 Audit", "page 32",
// "Minute No. 49", "Appendix 1", "Phase 4", "year 11 leavers", "grade 5 or above".
const referenceNumber =
  /\b(?:sections?|articles?|protocols?|paragraphs?|paras?|pages?|minutes?(?: no\.?)?|items?|appendix|appendices|annex|regulations?|schedules?|chapters?|clauses?|parts?|phases?|stages?|years?|levels?|tiers?|grades?|no\.|recommendations?|themes?|options?)\s+\d+[a-z]?(?:\s*(?:[-–]|to|and)\s*\d+[a-z]?)?\b/gi;

/**
 * A line without the numbers that count nothing: its paragraph's own number ("4.2", "12)", "(b)"; "3666 concerns"
 * opens on a count) and the numbers that name a section, a page, a minute or a stage.
 */
export function withoutReferenceNumbers(text: string): string {
  return text.replace(/^\W*(?:\d+(?:\.\d+)+\.?|\d+\\?[).]|\(?[a-z]{1,3}\))\s/i, '').replace(referenceNumber, ' ');
}

/** The kinds of answer a sentence shows; the dates the question itself names are not an answer to "when". */
export function shownKinds(text: string, namedByQuestion: (iso: string) => boolean = () => false): Set<AnswerKind> {
  const line = lineKinds(text);
  const shown = new Set(line.kinds);
  if (line.dates.some((iso) => !namedByQuestion(iso))) shown.add('time');
  return shown;
}

/** What a line shows whatever the question: its kinds (but "when" from a date it prints) and those dates. */
interface LineKinds {
  kinds: ReadonlySet<AnswerKind>;
  dates: string[];
}

/**
 * Lines whose kinds were read lately, bounded by their characters (a few MB). Answering reads the same line's
 * kinds several times a question (ranking its passage's lines, choosing among them) and the same popular
 * passages' lines question after question, twenty-odd patterns and a date search each time.
 */
const rememberedLines = new LRUCache<string, LineKinds>({
  maxSize: 2_000_000,
  sizeCalculation: (_kinds, text) => Math.max(text.length, 1),
});

function lineKinds(text: string): LineKinds {
  const remembered = rememberedLines.get(text);
  if (remembered) return remembered;
  const shown = new Set<AnswerKind>();
  if (personPattern.test(text) || namesPeople.test(text)) shown.add('person');
  // A report names its writer under a label: "Report Author:", "Contact officer", "Prepared by".
  // A contact block: "Contact details", "Contact:", "Ask for:" over the name to ask.
  if (
    /\bauthors?\b|\bprepared by\b|\bcontact officers?\b|\breport of\b|\bcontact details\b|\b(?:contact|ask for)\s*:/i.test(
      text,
    )
  )
    shown.add('author');
  const withoutNumbering = withoutReferenceNumbers(text);
  // A PDF's superscript ordinal may stand apart from its day: "21 st October 2024".
  const withoutDates = withoutNumbering.replace(
    /\b\d{1,2}(?:\s?(?:st|nd|rd|th))?\s+\w+,?\s+\d{4}\b|\b(?:19|20)\d{2}\b(?!\+)/g,
    '',
  );
  if (
    moneyPattern.test(withoutDates) ||
    spelledMoney.test(text) ||
    spelledShare.test(text) ||
    printsAccountsSum(withoutNumbering)
  )
    shown.add('amount');
  if (countPattern.test(withoutDates) || changeByNumber.test(withoutDates)) shown.add('count');
  if (measurePattern.test(withoutDates)) shown.add('measure');
  if (agePattern.test(text)) shown.add('age');
  const dates = findDates(text).map((date) => date.iso);
  if (clockPattern.test(text) || (dates.length === 0 && dayPattern.test(text)) || dueBy.test(withoutNumbering))
    shown.add('time');
  if (outcomePattern.test(text)) shown.add('outcome');
  if (tallyPattern.test(text)) shown.add('tally');
  if (namesDivisionSide(text)) {
    shown.add('person');
    shown.add('tally');
  }
  if (recommendationPattern.test(text)) shown.add('recommendation');
  if (argumentPattern.test(text)) shown.add('argument');
  if (reasonPattern.test(text) || reasonsField.test(text)) shown.add('reason');
  if (officeHolderLabel.test(text)) {
    shown.add('person');
    shown.add('attendance');
  }
  if (attendancePattern.test(text) || bracketedChairTitle.test(text)) shown.add('attendance');
  if (existencePattern.test(text)) shown.add('existence');
  const line = { kinds: shown, dates };
  rememberedLines.set(text, line);
  return line;
}

const weights: Record<AnswerKind, number> = {
  person: 0.35,
  author: 0.4,
  amount: 0.35,
  count: 0.3,
  measure: 0.35,
  age: 0.45,
  time: 0.35,
  outcome: 0.3,
  tally: 0.45,
  recommendation: 0.35,
  argument: 0.1,
  reason: 0.3,
  attendance: 0.45,
  change: 0,
  existence: 0.3,
};

/** Credit for showing what the question asks for; a question asking for several things credits each. */
export function kindBonus(
  text: string,
  wanted: Set<AnswerKind>,
  namedByQuestion: (iso: string) => boolean = () => false,
): number {
  if (wanted.size === 0) return 0;
  const shown = shownKinds(text, namedByQuestion);
  // "Set at the meeting in December": a month alone says when, as plans put it, and ranks the line that way
  // among its passage's lines; it does not bring in another passage as a date would (see showsAsked).
  if (wanted.has('time') && monthAlone.test(text)) shown.add('time');
  const earned = [...wanted].filter((kind) => shown.has(kind)).reduce((sum, kind) => sum + weights[kind], 0);
  return Math.min(0.6, earned);
}

// "in December", "by March"; with a year or a number after it ("in January 2023", "in July 23") it more often
// dates what is told than answers when.
const monthAlone = new RegExp(
  String.raw`\b(?:in|by|from|until|till|before|after|during)\s+(?:${monthPattern})\b(?!,?\s+['’]?\d)`,
  'i',
);

/**
 * "The minutes of the meeting held on 9 January were approved as a correct record": procedure, not
 * what anyone asks about, and it names the earlier meeting's date, so it wins on words and loses on
 * substance. Only a question about the minutes themselves wants it.
 */
// Within one sentence; "Cllr." and "Mr." do not end it.
const withinSentence = (limit: number) => `(?:[^.]|\\b(?:Cllrs?|Mrs?|Ms|Dr|No|St)\\.){0,${limit}}`;
const minutesApproved = new RegExp(
  `\\bminutes\\b${withinSentence(160)}\\b(?:correct record|true record|approved|confirmed|adopted|signed|taken as read)\\b`,
  'i',
);
const approvedMinutes = new RegExp(
  `\\b(?:approved|confirmed|adopted|signed)\\b${withinSentence(40)}\\bminutes\\b`,
  'i',
);

export function isProcedure(text: string): boolean {
  return (
    minutesApproved.test(text) ||
    approvedMinutes.test(text) ||
    /\bcirculated,? (?:a )?copy of (?:the )?(?:draft )?minutes\b/i.test(text)
  );
}

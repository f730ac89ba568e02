import { contentTerms } from '../../core/tokenize.js';

// "What judgement / rating / grade did … get", "how was … rated": the verdict of an inspection or review, a label
// the papers print or do not. "What was the result / outcome" is answered as well by where things stand ("the
// formal outcome outstanding, though feedback was positive"), so only the label is asked here.
const verdictLabel = String.raw`(?:judgements?|judgments?|ratings?|grades?|verdicts?)`;
// "What did the tribunal rule", "what did the high court decide": a court's or a tribunal's verdict.
const ruling = String.raw`\bwhat\s+(?:did|has|have)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:courts?|tribunals?|judges?|ombudsman|inspectors?|inspectorate)\s+(?:rule|ruled|decide|decided|find|found|conclude|concluded)\b`;
// "What assurance opinion did the audit of payroll get", "what is the internal audit opinion on …", "what level of
// assurance …": an auditor's graded opinion.
const asksAssurance =
  /\b(?:assurance\s+(?:opinion|level|rating)|(?:audit(?:or['’]?s)?|assurance)\s+opinion|level\s+of\s+assurance|opinion\s+(?:of|from)\s+(?:the\s+)?(?:internal\s+|external\s+)?audit(?:or)?s?)\b/i;
// The label asked for by name, or how something was rated.
const asksLabel = new RegExp(
  String.raw`\bwhat\s+(?:was\s+|were\s+|is\s+|are\s+)?(?:the\s+)?(?:(?:final|formal|overall)\s+)?${verdictLabel}\b|\bhow\s+(?:was|were|is|are|did)\b[^?]{0,60}\b(?:rated|graded|judged)\b`,
  'i',
);
// A label or a ruling.
const asksVerdict = new RegExp(`${asksLabel.source}|${ruling}`, 'i');
// A verdict printed: its label ("rated", "the judgement", "grade 2") or one of the words inspections and reviews
// give ("Requires Improvement", "Outstanding", "Substantial assurance", "Red").
const verdictPrinted =
  /\b(?:judge?ments?|judged|ratings?|rated|grades?|graded|verdicts?|outstanding|good|requires? improvement|inadequate|excellent|satisfactory|unsatisfactory|adequate|poor|weak|substantial|reasonable|limited|no assurance|full assurance|red|amber|green|gold|silver|bronze|stars?|pass(?:ed)?|fail(?:ed)?)\b/i;
// An auditor's opinion printed: "Limited assurance", "an unqualified opinion", or a grade alone in a table's row, its
// column heading printed above ("Council Tax | Substantial | 1 low"). Read only for an opinion asked: "full" or
// "partial" alone print no inspection's verdict.
const opinionPrinted =
  /\b(?:assurance|assured|opinion|unqualified|qualified|adverse|disclaimer|substantial|reasonable|limited|moderate|satisfactory|adequate|partial|minimal|full|good|weak|poor)\b/i;
const verdict = String.raw`(?:judgements?|judgments?|ratings?|grades?|outcomes?|results?|verdicts?|findings)`;
// "With the formal outcome outstanding", "the results were awaited", "awaiting the inspection report", "the
// judgement is not yet known", "the upcoming tribunal hearing": the verdict still to come.
const verdictPending = new RegExp(
  String.raw`\b${verdict}\s+(?:(?:was|is|were|are|remained|remains|still|yet|being)\s+)*(?:outstanding|awaited|pending|to follow|not yet (?:known|published|received|available|been)|yet to be)\b|\bawait(?:s|ing|ed)?\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:${verdict}|report|letter)\b|\b(?:upcoming|forthcoming|pending)\s+(?:[\w-]+\s+){0,2}?(?:case|hearing|appeal|challenge|inquiry|judicial review)\b`,
  'i',
);

// "There is also the possibility of a Youth Service Inspection", "the service will be due a judgement visit in
// 2031": the inspection itself still to come, so no verdict of it yet.
const inspectionToCome =
  /\b(?:possibility|prospect|likelihood) of (?:an? |the |its )?(?:[\w'’-]+ ){0,6}?(?:inspection|visit)\b|\b(?:will|would) be due (?:an? |its )?(?:[\w'’-]+ ){0,4}?(?:inspection|visit)\b/i;

export interface QuotedLine {
  text: string;
  /** The ISO date of the meeting the line's paper belongs to, if known. */
  meetingDate: string | null;
}

/**
 * "What rating did the lido get from the inspection?" answered by lines whose newest word is that the verdict is
 * still to come ("the formal outcome outstanding"), or the inspection itself ("the possibility of an inspection"): quoting them, or the praise beside them, reads as a verdict
 * the papers do not hold. A later meeting's line may give it; then the newest word is not pending.
 */
export function awaitsVerdictAsked(question: string, lines: QuotedLine[]): boolean {
  if (awaitsFindingsAsked(question, lines)) return true;
  if (!asksVerdict.test(question) || lines.length === 0) return false;
  const newest = lines.reduce(
    (latest, line) => ((line.meetingDate ?? '') > latest ? (line.meetingDate ?? '') : latest),
    '',
  );
  return lines.some(
    (line) =>
      (line.meetingDate ?? '') === newest && (verdictPending.test(line.text) || inspectionToCome.test(line.text)),
  );
}

// An exercise that gathers views or evidence, whose findings a later paper reports.
const exercise = String.raw`(?:surveys?|consultations?|questionnaires?|polls?|audits?|reviews?|studies|study|evaluations?)`;
// "What did the patient survey find", "what were the results of the consultation": its findings asked.
const asksFindings = new RegExp(
  String.raw`\bwhat\s+(?:did|does|has|have)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,5}?${exercise}\b[^?]*?\b(?:find|found|show|shown|reveal|revealed|conclude|concluded)\b|\bwhat\s+(?:were|are|was|is)\s+(?:the\s+)?(?:results?|findings|outcomes?)\s+of\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,5}?${exercise}\b`,
  'i',
);
// "The group agreed to run a patient survey in May", "a consultation on the lido will be carried out": the exercise
// still to come.
const exerciseToCome = new RegExp(
  String.raw`\b(?:agreed|decided|planned|plans|planning|intends?|intended|proposed|proposes|will|would|going)\s+(?:to\s+)?(?:run|hold|carry out|undertake|conduct|launch|commission|issue|send out|do)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,4}?${exercise}\b|\b${exercise}\s+(?:(?:on|of|into|about|for)\s+(?:[\w'’-]+\s+){1,4}?)?(?:will|would|is to|was to|are to|were to)\s+be\s+(?:run|held|carried out|undertaken|conducted|launched|commissioned|issued|sent out)\b`,
  'i',
);
// What findings print as: "found", "showed", "results", "respondents", "70%".
const findingsPrinted =
  /\b(?:found|finds|showed|shows|shown|revealed|reveals|results?|findings|respondents?|responses?|replies)\b|%/i;

/**
 * "What did the patient survey find?" answered by lines that say the survey is still to be run ("the group agreed
 * to run a patient survey in May") and print no finding: quoting the plan reads as its results.
 */
function awaitsFindingsAsked(question: string, lines: QuotedLine[]): boolean {
  return (
    asksFindings.test(question) &&
    lines.some((line) => exerciseToCome.test(line.text)) &&
    !lines.some((line) => findingsPrinted.test(line.text))
  );
}

/**
 * "What rating did the inspectors give the lido?" or "what is the internal audit opinion on the leisure contract?"
 * answered by lines on the lido and its inspection (or an audit plan listing a review still to come) that print no
 * verdict at all, neither a label ("rated", "grade") nor a verdict's word ("Good", "Requires Improvement",
 * "Substantial"): the rating asked is not in them, and quoting them reads as if it were.
 */
export function omitsVerdictAsked(question: string, lines: string[]): boolean {
  if (lines.length === 0) return false;
  if (asksLabel.test(question)) return !lines.some((line) => verdictPrinted.test(line));
  return asksAssurance.test(question) && !lines.some((line) => opinionPrinted.test(line));
}

// A process whose outcome is its own finding or ruling: "the judicial review", "the fraud investigations", "the
// appeal". The outcome of a report or an item may well be that it was noted; of these it never is.
const process = String.raw`(?:judicial reviews?|investigations?|appeals?|inquir(?:y|ies)|tribunals?|complaints?|hearings?|ombudsman)`;
const asksProcessOutcome = new RegExp(
  String.raw`\b(?:outcomes?|results?|findings|verdicts?|conclusions?)\s+of\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:[\w'’-]+\s+){0,4}?(${process})\b`,
  'i',
);
// "RESOLVED – That the update be noted", "the report was noted": a noting, which records no outcome of anything.
const notingOnly =
  /^\W*(?:\d+\.?\s*)?(?:resolved\s*[:–—-]*\s*)?(?:\(\d+\)\s*)?that\s+the\s+(?:[\w'’-]+\s+){0,4}?(?:be|was|is)\s+noted\.?\s*$/i;

/**
 * "What was the outcome of the judicial review into the plan?" or "of the fraud investigations?" answered by
 * passages that never name that process (the plan's own approval), or by lines that only note an update: the
 * outcome asked is not in them, and the decision or the noting reads as if it were.
 */
export function omitsProcessOutcome(question: string, lines: string[], passageTexts: readonly string[]): boolean {
  const asked = asksProcessOutcome.exec(question)?.[1];
  if (!asked || lines.length === 0) return false;
  const stems = contentTerms(asked);
  const named = passageTexts.some((text) => {
    const present = new Set(contentTerms(text));
    return stems.every((stem) => present.has(stem));
  });
  return !named || lines.every((line) => notingOnly.test(line.trim()));
}

// "Why did cabinet refuse the recommendations?", "why was the barn conversion turned down?": a question that takes a
// refusal as given, its verb the question's own (not "why was the reason for refusal dropped?").
const asksWhyRefused =
  /\bwhy\s+(?:did|do|does|has|have|had|would)\s+(?:[\w'’.-]+\s+){1,6}?(?:refuse|reject|turn\s+down|decline|overturn|throw\s+out)\b|\bwhy\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:[\w'’.-]+\s+){1,8}?(?:refused|rejected|turned\s+down|declined|overturned|thrown\s+out)\b/i;
// A refusal recorded: "refused", "rejected", "turned down", "declined to take part", "not approved", "voted against",
// "the motion fell". Not a figure's decline ("declined this year from 72.1%", "a steady decline in numbers").
const refusalPrinted =
  /\b(?:refus\w*|reject\w*|turn(?:ed|s|ing)?\s+(?:it\s+|them\s+)?down|declined\s+(?:to\s+(?!\d)|the\b|an?\b|their\b|its\b)|(?:was|were|been|be|is|are)\s+declined\b|overturn\w*|thr(?:ew|own)\s+out|dismiss\w*|defeated|vot(?:ed|es|ing)\s+against|not\s+(?:be\s+)?(?:approved|agreed|accepted|supported|carried|granted|endorsed)|(?:did|do|does|would)\s+not\s+(?:approve|agree|accept|support|endorse|grant)|(?:motion|amendment|recommendations?|proposals?)\s+(?:fell|was\s+lost|were\s+lost))\b/i;

/**
 * "Why did cabinet refuse the spotlight review's recommendations?" answered from passages that record no refusal at
 * all ("Cabinet agreed to respond to the recommendations by December"): the question's premise is not in the papers,
 * and quoting what they do say reads as the reason for a refusal that never happened.
 */
export function omitsRefusalAsked(question: string, passageTexts: readonly string[]): boolean {
  return (
    asksWhyRefused.test(question) && passageTexts.length > 0 && !passageTexts.some((text) => refusalPrinted.test(text))
  );
}

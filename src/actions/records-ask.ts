// In a minute's narrative only a recorded undertaking, direction or request is an ask: "the Clerk will write to…",
// "asked the Clerk to investigate and report back", "it was agreed that a letter be sent", "staff were directed to
// prepare…", "ACTION: …"; not "had tried to investigate".
const deliverable =
  '(?:write|report\\s+back|revert|investigate|circulate|forward|send|arrange|bring\\s+back|come\\s+back|return\\s+to|look\\s+(?:into|at)|follow\\s+up|contact|chase|speak\\s+to|liaise|e-?mail|telephone|phone|ask|inform|notify|advise|check|obtain|seek|apply\\s+for|prepare|draft|publish|update|organi[sz]e|book)';
const requested = new RegExp(
  `\\b(?:asked|requested|instructed|agreed)\\b[^.;]{0,80}?\\b(?:to|would|should|will|be)\\s+(?:${deliverable}|(?:sent|circulated|forwarded|brought|reported|submitted|provided|presented))\\b`,
  'i',
);
// The one who undertakes it: a clerk, officers, staff, an office ("the Chief Executive", "the Director of
// Services"), or initials. "Will inspect" is an undertaking; "met the contractor to inspect" happened already.
const undertaken = new RegExp(
  `\\b(?:[Cc]lerk|[Oo]fficers?|[Ss]taff|[Ee]xecutive|[Dd]irector(?:\\s+of\\s+[A-Z][\\w-]*)?|[Mm]anager|[Ee]ngineer|[A-Z]{2,3})\\s+(?:(?:to|will|would|should)\\s+(?:(?:again|also|then|now|further|personally)\\s+)?${deliverable}|(?:will|would)\\s+(?:(?:again|also)\\s+)?inspect)\\b`,
);
// US and Canadian minutes direct staff: "Staff were directed to return with…", "Council directed the CAO to…".
// "Members were directed to the appendix" points at a page: the direction is to a verb.
const directed =
  /\b(?:directed|instructed)\b[^.;]{0,60}?\bto\s+(?!(?:the|a|an|this|that|these|those|its|their|his|her|page|paragraph|appendix|section|note|approve|receive)\b)[a-z]/i;
// "A report will be prepared about placing rescue equipment on the bridges"; an officer's reply that "the review
// would be brought to the July meeting"; "the Committee requested a further report".
const promisedReport =
  /\b(?:a|an)\s+(?:(?:further|progress|detailed|full|written)\s+)?(?:report|update|briefing)\s+(?:will|would|is\s+to)\s+be\s+(?:prepared|submitted|brought|presented|circulated|provided|issued)\b/i;
const promisedToMeeting =
  /\b(?:will|would|is\s+to)\s+be\s+(?:(?:brought|presented|submitted|reported)\s+(?:back\s+)?to\s+(?:the|a|its)|(?:put|placed)\s+on\s+the\s+agenda)\b/i;
// "asked for monthly waiting time updates": reports at a stated interval are asked for with no article.
const requestedReport =
  /\b(?:requested|asked\s+for|called\s+for)\s+(?:(?:a|an)\s+(?:(?:further|progress|detailed|full|written)\s+)?(?:report|update|briefing)\b|(?:monthly|quarterly|regular|annual|weekly|termly|six-monthly)\s+(?:[a-z-]+\s+){0,3}?(?:reports|updates|briefings)\b)/i;
// Notes typed in markdown list their actions as a task list, one checkbox an action: "- [ ] Jo to send the survey".
const actionLabel = /^\s*(?:action\s*(?:point)?\s*[:–-]\s*(?!motion\b)\S|[-*+]\s+\[[ xX]\]\s+\S)/i;

// Another body's news, reported: "NCC had provided an update to say that they were to consider the report … and a
// further update would be issued in due course", "The agency had confirmed that a report would be published": a
// promise made to someone before the meeting, not one the meeting asked for.
const reportedNews =
  /\bhad\s+(?:(?:provided|given|sent|issued)\s+(?:an?\s+)?(?:update|response|reply|letter|e-?mail)\s+(?:to\s+say|stating|saying|confirming|advising)|(?:advised|confirmed|said|stated|replied|responded|written|indicated)\s+that)\b/i;
// A member's wish in debate: "Cllr. Gorman welcomed the plan but asked that additional disabled parking be
// provided" asks no one to do anything; "Cllr Reed asked the Clerk to write …" and "… asked that the Clerk be asked
// to circulate the plans" do.
const memberWish =
  /^\s*(?:Cllrs?|Councill?ors?|Cr)\.?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:welcomed|said|stated|noted|commented|expressed|supported|thanked|felt|questioned|queried|highlighted|raised)\b[^.;]*?\b(?:asked|requested|suggested)\s+that\s+(?:(?!\b(?:clerk|officers?|council|engineer|director|manager|executive|staff)\b)[^.;])*?\bbe\s+[a-z]+(?:ed|en)\b/iu;

/**
 * Whether a line is labelled as an action ("ACTION: Clerk to …", "Action point – …", a task list's "- [ ] …"), not
 * a US motion's "Action:".
 */
function isActionLine(sentence: string): boolean {
  return actionLabel.test(sentence);
}

/**
 * Whether a sentence promises a paper to a later meeting ("A recovery plan would be brought to the Board in
 * January"): an ask even beside a Resolved block, whose decision is often about something else.
 */
export function promisesReturn(sentence: string): boolean {
  return isActionLine(sentence) || promisedReport.test(sentence) || promisedToMeeting.test(sentence);
}

/** Whether a sentence of a minute's narrative records an ask someone is to deliver. */
export function recordsAsk(sentence: string): boolean {
  if (reportedNews.test(sentence) || memberWish.test(sentence)) return false;
  return [requested, undertaken, directed, promisedReport, promisedToMeeting, requestedReport, actionLabel].some(
    (pattern) => pattern.test(sentence),
  );
}

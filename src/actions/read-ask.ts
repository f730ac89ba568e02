export interface Ask {
  what: string;
  /** Who is to do it, when the minutes say ("the Clerk", "Cllr Baines", "PB"). */
  owner?: string;
  who?: string;
  when?: string;
  /** Ticked in the minutes' task list ("- [x] …"): the minutes record it done, so it is no longer open. */
  done?: true;
}

// A passive "be <verb>" that promises something comes back. "Noted", "approved" and "accepted" promise nothing.
// "minutes continue to be forwarded to the paper" is a practice kept, not an ask; "the following conditions are
// added:" opens the list a determination imposes, its content rather than something to come back.
const passiveDelivery =
  /(?<!\bcontinue[sd]?\s+to\s+)\b(?:be|is|are)\s+(?:re-?)?(?:submitted|provided|circulated|shared|forwarded|presented|arranged|sent|brought(?:\s+back)?|reported(?:\s+back)?|fed\s+back|made\s+available|scheduled|invited|included|prepared|produced|added|organi[sz]ed|issued|(?:put|placed)\s+on\s+the\s+agenda)\b(?!(?<=\b(?:is|are)\s+\S+)\s*:)/i;
// Someone undertaking to do it themselves: "officers to circulate…", "officers to report back", "agreed to write
// to the Minister", "the Clerk would revert to members", "the Cabinet Member raises with…"; someone asked to
// bring something or report on it: "asks the Director to bring a plan to the July meeting", "Request the CEO to
// report on heating the pool"; a clerk's errands: "Clerk to contact all tenants", "PB to chase up the quotes".
// Raising is an ask only with someone ("raises it with the Minister"): "agreed to raise the fee" is the decision.
const activeDelivery =
  /\b(?:(?:will|would|should|shall|to)\s+(?:(?:again|also|then|now|further|personally)\s+)?(?:circulate|share|provide|submit|present|arrange|forward|send|bring\s+(?:back|an?\s)|report\s+(?:back|on\s|to\s)|come\s+back|return\s+(?:to|with)\s|write|revert|follow\s+up|look\s+(?:into|at)|investigate|liaise|contact|chase|speak\s+to|e-?mail|telephone|phone|ask|inform|notify|advise|check|obtain|seek|apply\s+for|prepare|draft|publish|update|organi[sz]e|book)|(?:will|would|shall)\s+(?:(?:again|also)\s+)?inspect|raises?(?=(?:\s+[a-z'’]+){0,3}?\s+with\b))\b/i;
// A decision in the imperative, its body's own errand with the label cut off ("Agreed: circulate the vacancy map to
// all members by 2 February", "Agreed: seek three quotes … and report to the May meeting"). Only verbs that send,
// fetch or find something: "Approve the budget", "Note the report" are the meeting's own business.
const imperativeDelivery =
  /^(?:circulate|provide|submit|arrange|forward|send|bring\s+back|report\s+back|write\s+to|follow\s+up|look\s+into|investigate|liaise|chase|obtain|seek|prepare|publish|inform|notify)\b/i;
// A proposal or request in the subjunctive: "Proposed …, that the council write to the MP", "Members asked that the
// Director write to the Minister", "that the Council writes to the landowner", or a resolution's second clause:
// "That the report be noted and the Head of Service report back on …", "That the Municipal Manager reports progress
// to every Council meeting".
const subjunctiveDelivery =
  /\b(?:[Tt]hat|and)\s+((?:(?:the|all)\s+)?(?:(?:\p{Lu}[\p{L}'’.-]*|council|clerk|officers?|staff|members|councillors|chair(?:man)?|mayor|director|manager)\s+)(?:(?:\p{Lu}[\p{L}'’.-]*|of|council|clerk|officers?|staff|members|councillors|chair(?:man)?|mayor|director|manager)\s+){0,3}?)(?:(?:write|contact|liaise|seek|obtain|arrange|investigate|circulate|forward|send|prepare|inform|notify)s?|reports?\s+(?:back|progress))\b/u;
// Someone directed, instructed or asked to do something, whatever it is (but to note, approve or comment, which is
// the meeting's own business): US "staff were directed to prepare an ordinance", "Council directed staff to bring
// back a report", "officers be instructed to consult", "asked the clerk to put it on the agenda", "undertook to …".
const directedDelivery =
  /\b(?:(?:was|were|be|is|are)\s+(?:directed|instructed|tasked|asked|requested)|(?:directed|instructed|tasked|directs?|instructs?|asked|requested)\s+((?:the\s+)?(?:[\p{L}'’.-]+\s+){0,3}?[\p{L}'’.-]+)|undert(?:ook|akes?)|volunteered)\s+to\s+(?!(?:note|approve|agree|consider|endorse|accept|adopt|support|decide|ratify|confirm|receive|vote|comment|discuss|debate|scrutini[sz]e|give|make|declare|indicate|attend|join|leave|welcome|thank|be)\b)[a-z]/iu;
// "The Committee requested a further report …", "asked for an update on …", "asked for monthly waiting time
// updates": the report itself is the ask.
const requestedReport =
  /\b(?:request(?:s|ed)?|asked\s+for|called\s+for|sought)\s+((?:a|an)\s+(?:(?:further|progress|detailed|full|written|follow-up|update)\s+)*(?:report|update|briefing|paper|presentation|response)\b.*|(?:monthly|quarterly|regular|annual|weekly|termly|six-monthly)\s+(?:[a-z-]+\s+){0,3}?(?:reports|updates|briefings)\b.*)$/i;
// "to the Commission", "with members", "to Cabinet": a determiner, a group of people or a name, never "to capture…".
const recipient =
  /^\s*(?:back\s+)?(?:to|with)\s+((?:the|a|an|this|all|each|relevant|members|councillors|officers|partners)\b.*?|[A-Z].*?)(?=\s+(?:once|prior|for|with\s+regard|regarding|about|concerning|seeking|asking|requesting|expressing|if|on|in|including|by|before|at|when|so|to\s+[a-z]+|and\s+(?:this|it)\s+was)\b|[,.;:]|$)/;
const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
// "the next meeting", "the July meeting", "its March 2027 meeting", "the November PC meeting": when, not whom.
const meetingWhen = `(?:the|a|its)\\s+(?:(?:next|future|later|subsequent|following|(?:${months})(?:\\s+\\d{4})?)\\s+)(?:[A-Z][A-Za-z]*\\s+){0,2}meeting\\b`;
const meetingNotPerson = new RegExp(`^${meetingWhen}`, 'i');
const seasons = 'spring|summer|autumn|fall|winter';
const countWords = '\\d{1,3}|one|two|three|four|five|six|eight|nine|ten|twelve|eighteen';
const deadlines = [
  new RegExp(
    `\\b(?:by|before|in|during|until|no later than)\\s+(?:the\\s+)?(?:end\\s+of\\s+)?(?:(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${months})\\s+\\d{4}|(?:${seasons})\\s+\\d{4}|\\d{4}(?:\\/\\d{2,4})?|Q[1-4]\\s+\\d{4}(?:\\/\\d{2,4})?)\\b`,
    'i',
  ),
  // US dates, month first: "by March 15, 2027"; a day without its year: "on 21st March", "by 30 April".
  new RegExp(
    `\\b(?:by|before|on|until|no later than)\\s+(?:${months})\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`,
    'i',
  ),
  // "at their meeting on 16 September", "the Board's meeting on 3 May": another body's meeting day, not a due date.
  new RegExp(
    `(?<!\\b(?:their|[\\p{L}]+['’]s?)\\s+meetings?\\s+(?:held\\s+)?)\\b(?:by|before|on|until|no later than)\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${months})\\b`,
    'iu',
  ),
  new RegExp(`\\b(?:at|to|for|by|before)\\s+${meetingWhen}`, 'i'),
  // Scottish: "a further report … to its meeting in September 2026".
  new RegExp(`\\b(?:at|to|for)\\s+(?:the|its|their)\\s+meeting\\s+(?:in|on)\\s+(?:${months})(?:\\s+\\d{4})?\\b`, 'i'),
  new RegExp(
    `\\b(?:within|in)\\s+(?:the\\s+next\\s+)?(?:${countWords})\\s+(?:days|weeks|months)(?:['’]\\s+time)?\\b`,
    'i',
  ),
  new RegExp(`\\b(?:in|by|before|during)\\s+the\\s+(?:${seasons})\\b`, 'i'),
  /\bin\s+next\s+year['’]?s?\s+[^,.;]+/i,
  // A task list's due column after a dash: "Kwame Asante to report the reserves position — next meeting".
  /(?<=\s[—–-]\s)(?:the\s+)?next\s+meeting\b/i,
  // "once the review is complete" is a deadline; "once a fortnight", "once again" are not.
  /\bonce\s+(?!(?:a|an|per|every|more|again|or|in)\b)[^,.;]+/i,
  /\bprior\s+to\s+[^,.;]+/i,
  /\bon\s+receipt\b/i,
  /\bwhen\s+(?:available|published|completed?)\b/i,
];

// A task list's checkbox ("- [ ] Jo to send…", "- [x] …" when ticked) marks the line as an action.
const taskCheckbox = /^[-*+] \[([ xX])\] /;

/** A task's words without its checkbox, whose tick the action's status tells. */
export function withoutTaskCheckbox(task: string): string {
  return task.trim().replace(taskCheckbox, '');
}

/** Reads a resolution as an ask for a future deliverable: what is asked for, and who and when where it says. */
export function readAsk(resolution: string): Ask | undefined {
  // The ask is what follows a task's checkbox.
  const line = resolution.replace(/\s+/g, ' ').trim();
  const checkbox = taskCheckbox.exec(line);
  const text = checkbox ? line.slice(checkbox[0].length) : line;
  const passive = passiveDelivery.exec(text);
  const requested = passive ? null : requestedReport.exec(text);
  const active =
    passive || requested
      ? null
      : (activeDelivery.exec(text) ?? subjunctiveDelivery.exec(text) ?? imperativeDelivery.exec(text));
  const directed = passive || requested || active ? null : directedDelivery.exec(text);
  // A line labelled as an action says it is one, whatever its verb: "- [ ] Kwame Asante to report the reserves".
  const errand =
    passive || requested || active || directed || !(checkbox || actionLabel.test(line))
      ? null
      : labelledErrand.exec(withoutPreamble(text));
  const match = passive ?? requested ?? active ?? directed;
  if (!match && !errand) return undefined;
  if (!match) {
    const ask: Ask = { what: withoutPreamble(text), owner: errand![1]! };
    const when = firstDeadline(text);
    if (when) ask.when = when;
    if (checkbox?.[1]?.trim()) ask.done = true;
    return ask;
  }
  const rest = text.slice(match.index + match[0].length);
  const ask: Ask = {
    what: passive
      ? subjectBefore(text.slice(0, match.index))
      : requested
        ? capitalise(withoutPreamble(requested[1] ?? ''))
        : withoutPreamble(text),
  };
  // "that the council write to", "directed staff to": the subject or the one directed; else the one just before.
  const named = active?.[1] ?? directed?.[1];
  const found = named
    ? ownerOf(named)
    : active || directed
      ? ownerOf(
          text
            .slice(0, match.index)
            .replace(
              /\s+(?:was|were|be|is|are)(?:\s+(?:directed|instructed|tasked|asked|requested|invited))?\s*$/i,
              '',
            ),
        )
      : passive
        ? undertakerBefore(text.slice(0, passive.index))
        : undefined;
  const owner = found && askedOfMembers.test(found) ? (officerSubject(text, match.index) ?? found) : found;
  if (owner) ask.owner = owner;
  const who = recipient.exec(rest)?.[1]?.trim();
  // "brought to the next meeting" says when, not to whom.
  if (who && !meetingNotPerson.test(who)) ask.who = who;
  // "… was 68 per cent in October 2036. The Committee … asked for a further report in March 2037.": a date in a
  // sentence before the ask is what was reported, not when the ask is due.
  const when = firstDeadline(text.slice(sentenceStart(text, match.index)));
  if (when) ask.when = when;
  if (checkbox?.[1]?.trim()) ask.done = true;
  return ask;
}

// Who undertakes it, just before "to write" / "will circulate": "the Clerk", "officers", "Cllr Baines", initials
// ("PB"), an office ("the Chief Executive", "Head of Parks", "the Director of Services", "the site manager"); or the one asked,
// requested or instructed to do it ("asked the Clerk to investigate").
const undertakerWords = String.raw`(?:[Tt]he\s+(?:\p{Ll}[\p{Ll}-]*\s+)?)?(?:(?:[Pp]arish|[Tt]own|[Dd]istrict|[Cc]ounty|[Pp]roper|[Dd]eputy|[Rr]esponsible|[Ll]ead|[Ss]enior|[Cc]hief|[Aa]cting|[Mm]eetings)\s+)?(?:[Cc]lerk|[Oo]fficers?|[Cc]hair(?:man|person|woman)?|[Vv]ice[- ][Cc]hair(?:man)?|[Mm]ayor|[Ll]eader|[Tt]reasurer|[Ss]ecretary|[Mm]anager|[Dd]irector|[Mm]embers?|[Cc]ouncillors?|[Ee]ngineer|[Pp]lanner|[Aa]dministrator|[Ee]xecutive|[Ss]taff|[Hh]ead)`;
const named = String.raw`(?:(?:Cllrs?|Councillors?|Cr|Mr|Mrs|Ms|Miss|Dr)\.?\s+)*(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]*`;
const oneUndertaker = String.raw`(?:${undertakerWords}|(?:[Tt]he\s+)?${named})(?:\s+of\s+(?:the\s+)?${named})?`;
// Two who act together are both the owner: "RA and CB to draft the survey", "the Chairman and Clerk will inspect".
const undertaker = new RegExp(
  String.raw`(?:^|[.;:,]\s*|\s[-–—]\s+|\b(?:[Tt]hat|and|asked|requested|instructed|invited|directed|directs?|instructs?)\s+)((?:${oneUndertaker}\s+and\s+)?${oneUndertaker})\s+(?:(?:(?:had|has)\s+)?(?:agreed|offered|undertook|volunteered)\s+)?$`,
  'u',
);
// A sentence's opening words and the body that decides are not who acts: "It was agreed …", "The Council …",
// a resolution's own verb ("Agree to submit a request …").
const notAnOwner =
  /^(?:it|this|that|there|(?:agree|request|recommend|resolve)[sd]?|(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:council|committee|commission|cabinet|board|panel|meeting|pc|district|authority|assembly|forum))$/iu;

// "ACTION: Clerk to …", "Action point – …": the label of a line that is an action.
const actionLabel = /^action\s*(?:point)?\s*[:–-]\s*(?!motion\b)\S/i;
// The one named at the start of an action's line and what they are to do: "Kwame Asante to report …", "the Clerk
// to book …". Not the meeting's own business ("Members to note …").
const labelledErrand = new RegExp(
  String.raw`^((?:${undertakerWords}|${named}))\s+to\s+(?!(?:note|approve|agree|consider|receive|be)\b)\p{Ll}`,
  'u',
);

function ownerOf(before: string): string | undefined {
  // "Meanwhile SH has agreed to …": a sentence adverb is not part of the name.
  const owner = undertaker
    .exec(`${before.trimEnd()} `)?.[1]
    ?.replace(/^(?:Meanwhile|However|Also|Then|Additionally|Further(?:more)?|Finally|Subsequently|Accordingly)\s+/, '')
    .trim();
  // "The Committee and the Clerk": the body that decides is not one who acts, the other still is.
  const pair = owner ? /^(.+?)\s+and\s+(.+)$/.exec(owner) : null;
  const acting = pair && notAnOwner.test(pair[1]!) ? pair[2]! : owner;
  return acting && !notAnOwner.test(acting) ? acting : undefined;
}

// "The Engineer indicated that he would consult the contractor and asked Members to email him details … and he would
// review same": an officer who asks the members for details is the one who does the work; they only supply them.
const askedOfMembers = /^(?:the\s+)?(?:elected\s+|district\s+)?(?:members|councillors)$/i;
// Its title is capitalised words ending on an office: "The A/Senior Executive Engineer", "the Clerk".
const officerTitle =
  /^((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}/'’.-]*\s+){0,4}?(?:[Cc]lerk|[Oo]fficer|[Ee]ngineer|[Mm]anager|[Dd]irector|[Pp]lanner|[Aa]dministrator|[Ss]ecretary|[Tt]reasurer))\b/u;

/** The officer who opens the sentence holding `index`, if an officer does. */
function officerSubject(text: string, index: number): string | undefined {
  return officerTitle.exec(text.slice(sentenceStart(text, index)))?.[1];
}

// "The site manager would send confirmation as soon as a driver is made available": the passive is a condition of
// the undertaking before it, whose subject is the owner.
function undertakerBefore(text: string): string | undefined {
  const active = activeDelivery.exec(text);
  return active ? ownerOf(text.slice(0, active.index)) : undefined;
}

const sentenceEnd = /(?<!\b(?:Mr|Mrs|Ms|Dr|St|Cllr|No))(?<=[a-z0-9)%][.!?])\s+(?=[A-Z])/;

/** Where the sentence holding `index` starts: after the last sentence end before it. */
function sentenceStart(text: string, index: number): number {
  let start = 0;
  for (const end of text.slice(0, index).matchAll(new RegExp(sentenceEnd.source, 'g')))
    start = end.index + end[0].length;
  return start;
}

function subjectBefore(text: string): string {
  // "replied that the review would be brought …": the thing promised, without its modal.
  const afterThat = (text.split(/\bthat\s+/i).at(-1) ?? text).replace(
    /\s+(?:would|will|should|shall|must|could|can|may|to)\s*$/i,
    ' ',
  );
  // "X be approved and the report be forwarded": the thing asked for starts after the earlier clause.
  // "The Engineer is investigating and a report will be issued", "Could X be discussed - this will be put on the
  // agenda": the thing promised, after the narrative before it — or after the sentence before it, where a minute's
  // paragraph reads on ("… had slipped by three weeks. A revised schedule would be brought …").
  const lastSentence = afterThat.split(sentenceEnd).at(-1) ?? afterThat;
  const clauses = lastSentence.split(
    /\b(?:be|is|are)\s+\w+\s+and\s+|\s+[-–]\s+|\s+and\s+(?=(?:a|an)\s+(?:(?:further|progress|full|detailed)\s+)?(?:report|update|briefing|response)\b)/i,
  );
  return capitalise(withoutPreamble(clauses.at(-1) ?? lastSentence).replace(/[\s,]+$/, ''));
}

function withoutPreamble(text: string): string {
  return text
    .replace(/^\s*(?:action(?:\s+point)?|reply|response)\s*:\s*/i, '')
    .replace(
      /^\s*(?:[-•]\s*)?(?:\(?\d+\)\s*)?(?:resolved:?-?\s*)?(?:(?:request|agree|recommend)(?:ed)?\s+)?(?:that\s+)?/i,
      '',
    )
    .replace(/\.\s*$/, '')
    .trim();
}

function firstDeadline(text: string): string | undefined {
  const found = deadlines
    .map((pattern) => pattern.exec(text))
    .filter((match): match is RegExpExecArray => match !== null)
    .sort((a, b) => a.index - b.index)[0];
  return found?.[0].trim();
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

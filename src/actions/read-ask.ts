export interface Ask {
  what: string;
  /** Who is to do it, when the minutes say ("the Clerk", "Cllr Baines", "PB"). */
  owner?: string;
  who?: string;
  when?: string;
}

// A passive "be <verb>" that promises something comes back. "Noted", "approved" and "accepted" promise nothing.
const passiveDelivery =
  /\b(?:be|is|are)\s+(?:re-?)?(?:submitted|provided|circulated|shared|forwarded|presented|arranged|sent|brought(?:\s+back)?|reported(?:\s+back)?|fed\s+back|made\s+available|scheduled|invited|included|prepared|produced|added|organi[sz]ed)\b/i;
// Someone undertaking to do it themselves: "officers to circulate…", "officers to report back", "agreed to write
// to the Minister", "the Clerk would revert to members", "the Cabinet Member raises with…"; someone asked to
// bring something or report on it: "asks the Director to bring a plan to the July meeting", "Request the CEO to
// report on heating the pool"; a clerk's errands: "Clerk to contact all tenants", "PB to chase up the quotes".
const activeDelivery =
  /\b(?:(?:will|would|to)\s+(?:circulate|share|provide|submit|present|arrange|forward|send|bring\s+(?:back|an?\s)|report\s+(?:back|on\s)|come\s+back|write|revert|follow\s+up|look\s+(?:into|at)|investigate|liaise|contact|chase|speak\s+to|e-?mail|telephone|phone|ask|inform|notify|advise|check|obtain|seek|apply\s+for|prepare|draft|publish|update|organi[sz]e|book)|raises?)\b/i;
// "to the Commission", "with members", "to Cabinet": a determiner, a group of people or a name, never "to capture…".
const recipient =
  /^\s*(?:back\s+)?(?:to|with)\s+((?:the|a|an|this|all|each|relevant|members|councillors|officers|partners)\b.*?|[A-Z].*?)(?=\s+(?:once|prior|for|with\s+regard|regarding|about|concerning|seeking|asking|requesting|expressing|if|on|in|including|by|before|at|when|so|to\s+[a-z]+)\b|[,.;:]|$)/;
const meetingNotPerson = /^(?:the|a)\s+(?:next|future|later|subsequent|following)\s+meeting\b/i;
const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
const deadlines = [
  new RegExp(
    `\\b(?:by|before|in|during|until|no later than)\\s+(?:the\\s+)?(?:end\\s+of\\s+)?(?:(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${months})\\s+\\d{4}|(?:spring|summer|autumn|winter)\\s+\\d{4}|\\d{4}(?:\\/\\d{2,4})?)\\b`,
    'i',
  ),
  /\b(?:at|to|for)\s+(?:the|a)\s+(?:next|future|later|subsequent|following)\s+meeting\b/i,
  /\bin\s+next\s+year['’]?s?\s+[^,.;]+/i,
  // "once the review is complete" is a deadline; "once a fortnight", "once again" are not.
  /\bonce\s+(?!(?:a|an|per|every|more|again|or|in)\b)[^,.;]+/i,
  /\bprior\s+to\s+[^,.;]+/i,
  /\bon\s+receipt\b/i,
  /\bwhen\s+(?:available|published|completed?)\b/i,
];

/** Reads a resolution as an ask for a future deliverable: what is asked for, and who and when where it says. */
export function readAsk(resolution: string): Ask | undefined {
  const text = resolution.replace(/\s+/g, ' ').trim();
  const passive = passiveDelivery.exec(text);
  const active = passive ? undefined : activeDelivery.exec(text);
  const match = passive ?? active;
  if (!match) return undefined;
  const rest = text.slice(match.index + match[0].length);
  const ask: Ask = { what: passive ? subjectBefore(text.slice(0, match.index)) : withoutPreamble(text) };
  if (active) {
    const owner = ownerOf(text.slice(0, match.index));
    if (owner) ask.owner = owner;
  }
  const who = recipient.exec(rest)?.[1]?.trim();
  // "brought to the next meeting" says when, not to whom.
  if (who && !meetingNotPerson.test(who)) ask.who = who;
  const when = firstDeadline(text);
  if (when) ask.when = when;
  return ask;
}

// Who undertakes it, just before "to write" / "will circulate": "the Clerk", "officers", "Cllr Baines", initials
// ("PB"); or the one asked, requested or instructed to do it ("asked the Clerk to investigate").
const undertakerWords = String.raw`(?:[Tt]he\s+)?(?:(?:[Pp]arish|[Tt]own|[Dd]istrict|[Cc]ounty|[Pp]roper|[Dd]eputy|[Rr]esponsible|[Ll]ead|[Ss]enior|[Cc]hief|[Aa]cting|[Mm]eetings)\s+)?(?:[Cc]lerk|[Oo]fficers?|[Cc]hair(?:man|person|woman)?|[Vv]ice[- ][Cc]hair(?:man)?|[Mm]ayor|[Ll]eader|[Tt]reasurer|[Ss]ecretary|[Mm]anager|[Dd]irector|[Mm]embers?|[Cc]ouncillors?|[Ee]ngineer|[Pp]lanner|[Aa]dministrator)`;
const named = String.raw`(?:(?:Cllrs?|Councillors?|Cr|Mr|Mrs|Ms|Miss|Dr)\.?\s+)*(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]*`;
const undertaker = new RegExp(
  String.raw`(?:^|[.;:,]\s*|\b(?:[Tt]hat|and|asked|requested|instructed|invited)\s+)(${undertakerWords}|${named})\s+(?:(?:had\s+)?(?:agreed|offered|undertook|volunteered)\s+)?$`,
  'u',
);
// A sentence's opening words and the body that decides are not who acts: "It was agreed …", "The Council …".
const notAnOwner = /^(?:it|this|that|there|the\s+(?:council|committee|commission|cabinet|board|panel|meeting|pc))$/i;

function ownerOf(before: string): string | undefined {
  const owner = undertaker.exec(before.replace(/\s+$/, ' '))?.[1]?.trim();
  return owner && !notAnOwner.test(owner) ? owner : undefined;
}

function subjectBefore(text: string): string {
  const afterThat = text.split(/\bthat\s+/i).at(-1) ?? text;
  // "X be approved and the report be forwarded": the thing asked for starts after the earlier clause.
  const clauses = afterThat.split(/\b(?:be|is|are)\s+\w+\s+and\s+/i);
  return capitalise(withoutPreamble(clauses.at(-1) ?? afterThat).replace(/[\s,]+$/, ''));
}

function withoutPreamble(text: string): string {
  return text
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

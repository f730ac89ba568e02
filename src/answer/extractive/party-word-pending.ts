import { splitSegments } from '../../core/sentences.js';
import { contentTerms, words } from '../../core/tokenize.js';

// "What did the harbour trust say / report back / decide about …", "what has Fenlight replied on …": asks for
// the word of a party other than the sitting. The party is what stands between the auxiliary and the verb.
const asksPartyWord =
  /\bwhat (?:did|has|have|had|does|do) (?:the |a |an )?([\p{L}\p{N}'’ -]{2,50}?) (?:say|said|report(?:ed)?|repl(?:y|ied)|respond(?:ed)?|decided?|concluded?|recommend(?:ed)?|find|found|tell|told|think|thought|comment(?:ed)?|advised?|confirm(?:ed)?|write|written|wrote|feel|felt|suggest(?:ed)?|proposed?|agreed?|object(?:ed)?)\b/iu;

// The sitting's own voice: minutes tell what members, the committee or the council said or decided without
// naming them each time, and name them elsewhere only as who will act ("the Council would write to …").
const sittingVoice = new Set(
  contentTerms(
    'member members councillor councillors committee council councils board panel cabinet commission meeting group chair chairman chairperson sitting forum executive',
  ),
);

// After the party, its word still to come: "Fenlight would report back", "the planners are to decide",
// "residents to be asked". "Would like" and "would prefer" tell what the party said it wants.
const modals = new Set('will would shall should could may might'.split(' '));
const wishes = new Set('like prefer welcome'.split(' '));
const beings = new Set('is are was were'.split(' '));
// "Cabinet agreed to respond by December", "the trust undertook to consider it": a promise of the word, not the word.
const promises = new Set('agreed undertook promised committed'.split(' '));
const wordToCome = new Set('respond reply consider report review return revisit'.split(' '));
// Before the party, the party addressed or waited on: "consult the contractor, Fenlight", "asking for residents'
// comments", "brought back to the Trust", "once the Trust has met", "awaiting the Trust".
const addressing = new Set(
  'ask asking contact contacting consult consulting write writing invite inviting await awaiting chase chasing once until'.split(
    ' ',
  ),
);
// "With" addresses the party after these ("liaise with the Trust"), not after "agreed" ("as agreed with the Trust").
const withAddressee = new Set(
  'consult consulting liaise liaising meet meeting communications communication discuss discussing engage engaging speak speaking check checking'.split(
    ' ',
  ),
);
// "To" addresses the party ("report to the Trust"), except where it gives the party's word as a source or
// the party's words as the occasion ("according to residents", "in response to residents' concerns").
const toAsSource = new Set('according response reply due owing regard relation reference listened listen'.split(' '));
// How far before the party an addressing word may stand: "consult with the lighting contractor, Fenlight".
const addressReach = 4;

/** Whether the party named by the words from `start` to `end` (exclusive) is only still to give its word. */
function isPending(said: string[], start: number, end: number): boolean {
  const after = said.slice(end, end + 3);
  if (promises.has(after[0] ?? '') && after[1] === 'to' && wordToCome.has(after[2] ?? '')) return true;
  if (modals.has(after[0] ?? '') && !wishes.has(after[1] ?? '')) return true;
  if (beings.has(after[0] ?? '') && after[1] === 'to') return true;
  if (after[0] === 'to' && after[1] === 'be') return true;
  for (let index = Math.max(0, start - addressReach); index < start; index++) {
    const word = said[index]!;
    const before = said[index - 1] ?? '';
    if (addressing.has(word)) return true;
    if (word === 'with' && withAddressee.has(before)) return true;
    if (word === 'to' && !toAsSource.has(before)) return true;
  }
  return false;
}

/**
 * "What did the harbour trust report back about the slipway?", answered from passages that name the trust only
 * as who is still to speak ("the Clerk would consult the trust", "once the sign is up residents will be asked",
 * "a report to be brought back to the Trust"): the party has not yet given the word asked for, and other lines
 * of the passage read as if it had. A passage that names the party nowhere decides nothing (minutes retell a
 * speaker's words without naming them each time), nor does a party that is the sitting itself, or the body
 * whose papers the passage is (`bodies`).
 */
export function awaitsPartyWord(question: string, passages: string[], bodies: string[]): boolean {
  const party = asksPartyWord.exec(question)?.[1];
  if (!party) return false;
  const stems = new Set(contentTerms(party));
  const own = new Set(bodies.flatMap((body) => contentTerms(body)));
  if (stems.size === 0 || [...stems].some((stem) => sittingVoice.has(stem) || own.has(stem))) return false;
  return namedOnlyPending(nameForms(party), passages) === true;
}

/** The words of a name, each in the form its mentions are matched by (see wordForm). */
function nameForms(name: string): Set<string> {
  return new Set(
    words(name)
      .filter((word) => contentTerms(word).length > 0)
      .map(wordForm),
  );
}

/** The last word of a name in the form its mentions are matched by, or undefined when it names nothing. */
function headForm(name: string): string | undefined {
  const head = words(name)
    .filter((word) => contentTerms(word).length > 0)
    .at(-1);
  return head === undefined ? undefined : wordForm(head);
}

/**
 * A word as a mention of a party is matched: by its letters, less a plural's "s", not by its stem, which joins
 * words of other meanings ("Governance" and "Government"; "Planning" and "plans"), so a mention of another thing
 * would read as the party's word given.
 */
function wordForm(word: string): string {
  return word.replace(/s$/, '');
}

/**
 * Whether the passages name a party (by any of its words, in `wordForm`) only as who is still to give its word;
 * undefined when they do not name it at all.
 */
function namedOnlyPending(forms: Set<string>, passages: string[]): boolean | undefined {
  const names = (word: string) => forms.has(wordForm(word));
  let mentioned = false;
  for (const passage of passages) {
    for (const { text } of splitSegments(passage)) {
      const said = words(text);
      for (let start = 0; start < said.length; start++) {
        if (!names(said[start]!)) continue;
        // "The Harbour Trust": one mention, judged by the words around the whole name.
        let end = start + 1;
        while (end < said.length && names(said[end]!)) end++;
        mentioned = true;
        if (!isPending(said, start, end)) return false;
        start = end - 1;
      }
    }
  }
  return mentioned ? true : undefined;
}

// "What did the cabinet decide about …", "has the board agreed to …": asks what a body decided.
const asksBodyDecision =
  /\b(?:what (?:did|has|have|had)|has|have|did) (?:the )?([\p{L}\p{N}'’ -]{2,50}?) (?:decided?|agreed?|resolved?|approved?|vote[ds]?)\b/iu;
// The kinds of body that decide by resolution.
const decidingBodies = new Set(contentTerms('cabinet board panel commission committee executive council'));

/**
 * Asked what a body decided, where the passages quoted record no decision (the answer would be "no resolution
 * found; what they say"): the body has not decided when the passages name it only as who is still to decide
 * ("an update would be brought back to Cabinet"), nor when the passages are another body's that never name it
 * (the cabinet asked about, a select commission's minutes quoted). A body named in any other way, or the body
 * whose papers they are, may still have decided in words the passages do not label a decision.
 */
export function awaitsBodyDecision(question: string, passages: string[], bodies: string[]): boolean {
  const body = asksBodyDecision.exec(question)?.[1];
  const head = body ? contentTerms(body).at(-1) : undefined;
  const form = body ? headForm(body) : undefined;
  if (!head || !form || !decidingBodies.has(head)) return false;
  const named = namedOnlyPending(new Set([form]), passages);
  if (named !== undefined) return named;
  return !bodies.some((name) => contentTerms(name).includes(head));
}

// "Which recommendations did cabinet accept", "has the board accepted …": what a body took on from a review. What it
// decided is asked otherwise: a line naming the body as still to hear a report does not say it decided nothing.
const asksBodyAcceptance = /\b(?:did|has|have|had) (?:the )?([\p{L}\p{N}'’ -]{2,50}?) accept(?:ed)?\b/iu;

/**
 * "Which of the review's recommendations did cabinet accept?" answered by lines that name the cabinet only as who
 * is still to give its word ("presented to Cabinet", "Cabinet agreed to respond by December"): whatever else they
 * say, the body has not yet accepted anything. Unlike a decision found nowhere, a body the lines do not name is
 * left to the other checks.
 */
export function awaitsBodyAcceptance(question: string, passages: string[]): boolean {
  const body = asksBodyAcceptance.exec(question)?.[1];
  const head = body ? contentTerms(body).at(-1) : undefined;
  const form = body ? headForm(body) : undefined;
  if (!head || !form || !decidingBodies.has(head)) return false;
  return namedOnlyPending(new Set([form]), passages) === true;
}

// "When did cabinet ratify the business case?", "when was the strategy approved?": the date of an approval, asked as
// one that has happened.
const approvalAsked =
  /\bwhen\s+(?:did|was|were|has|had)\b[^?]*?\b(?:ratif(?:y|ied)|approved?|adopt(?:ed)?|endorsed?|sign(?:ed)? off)\b/i;
// The approval named at all: "ratification", "approved", "sign-off".
const approvalNamed = /\b(?:ratif\w*|approv\w*|adopt\w*|endors\w*|sign(?:ed)?[- ]off)\b/i;
// The approval still to come: "submitted for ratification", "to be approved", "would be adopted", "awaiting sign-off".
const approvalToCome =
  /\b(?:for|awaiting|pending|seeking|subject to)\s+(?:[\w'’-]+\s+){0,2}?(?:ratification|approval|adoption|endorsement|sign[- ]off)\b|\b(?:to|will|would|shall)\s+be\s+(?:[\w'’-]+\s+){0,2}?(?:ratified|approved|adopted|endorsed|signed off)\b/i;

/**
 * "When did cabinet ratify the revised business case?" answered only by lines in which the approval is still to
 * come ("the business case would be submitted for ratification"): the papers hold no date of it, and the date of
 * the plan reads as one. Lines that name no approval are left to the other checks.
 */
export function awaitsApprovalAsked(question: string, lines: string[]): boolean {
  if (!approvalAsked.test(question)) return false;
  const naming = lines.filter((line) => approvalNamed.test(line));
  return naming.length > 0 && naming.every((line) => approvalToCome.test(line));
}

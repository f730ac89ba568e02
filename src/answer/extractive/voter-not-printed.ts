import { escapeRegExp } from '../../core/escape-reg-exp.js';

// "How did Councillor Dalby vote …", "how did Cllr Ann Ruiz vote", "did Mr Hale vote for or against …": one
// member's vote. US boards title their members by office ("Supervisor Quill", "Councilmember Ortiz", "Selectwoman Hale").
const memberVoteAsked =
  /\b(?:how )?did\s+(?:(?:councillor|cllr|cr|alderman|alderwoman|alderperson|director|trustee|commissioner|supervisor|councilmember|councilwoman|councilman|selectman|selectwoman|legislator|mayor|deputy|mr|mrs|ms|miss|dr)\.?\s+)+((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)\s+vote\b/iu;
// "Apologies: Councillors Maddox and Newbolt": a member sent apologies, and so did not vote.
const apologiesLine = /^\W*(?:apologies|regrets|absent)\b/i;
// "The Democratic Services Manager reported apologies from Mr Beaney, Mr Campkin …", "apologies for absence were
// received from Councillors Maddox and Newbolt": the members named after it sent apologies.
const apologiesFrom =
  /\bapologies\s+(?:for\s+absence\s+)?(?:(?:were|was|had\s+been)\s+)?(?:(?:received|reported|given|tendered)\s+)?from\b/i;

/**
 * "How did Councillor X vote on …?" is answered only by a line naming X: a recorded vote lists each member, and
 * quoting the motion's result without X's name reads as X's vote. True when the question asks for one member's
 * vote and no quoted passage names that member other than among those who sent apologies.
 */
export function asksForVoterNotPrinted(question: string, passages: string[]): boolean {
  const surname = askedVoter(question);
  if (!surname || passages.length === 0) return false;
  return !passages.some((text) =>
    text.split('\n').some((line) => surname.test(line) && !amongApologies(line, surname)),
  );
}

/** The line names the member only among those who sent apologies. */
function amongApologies(line: string, surname: RegExp): boolean {
  if (apologiesLine.test(line)) return true;
  const from = apologiesFrom.exec(line);
  return from !== null && !surname.test(line.slice(0, from.index));
}

/** The surname of the member whose own vote the question asks for, as a pattern: "how did Cllr Ann Ruiz vote" → /\bRuiz\b/i. */
export function askedVoter(question: string): RegExp | undefined {
  const name = memberVoteAsked.exec(question)?.[1];
  return name ? new RegExp(String.raw`\b${escapeRegExp(name.split(/\s+/).at(-1)!)}\b`, 'i') : undefined;
}

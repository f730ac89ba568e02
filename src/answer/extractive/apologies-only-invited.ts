// "Who gave apologies", "who was absent", "who couldn't make it": asked who was away from a sitting.
const awayAsked = /\bapolog|\babsen(?:t|ces?)\b|\bcould(?:n't|n’t|nt| not) (?:make|attend|come)\b/i;
// An agenda's standing item: "To receive the apologies of any Member who is unable to attend", "To note apologies
// for absence". It invites apologies for a sitting still to come; it records none.
const apologiesInvited =
  /^\W*(?:item\s+\d+\s*[:.–-]?\s*)?(?:apologies(?: for absence)?\s*[:.–-]?\s*)?to\s+(?:receive|note|record|accept|consider)\b[^.]{0,40}\bapolog/i;
// A titled name ("Councillor Reid", "Cllrs Ames and Hart"): someone the line records as away.
const titledName = /\b(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}/u;

/**
 * Asked who sent apologies to a sitting, lines that only quote the agenda's standing item inviting them name no
 * one: the minutes of that sitting, which would record who was away, are not in the papers, and quoting the
 * invitation reads as an answer the papers do not give.
 */
export function quotesOnlyInvitedApologies(question: string, lines: readonly string[]): boolean {
  return (
    awayAsked.test(question) &&
    lines.length > 0 &&
    lines.every((line) => apologiesInvited.test(line) && !titledName.test(line))
  );
}

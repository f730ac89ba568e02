// "What did the county reply / respond / write back about …", "what was their response", "what reply did the
// minister give": asks for what the other
// side answered. "Did they ever hear back?", "has cabinet responded yet?" ask whether, which "no response had been
// received" answers; "the deadline to reply" asks for a date.
const asksReply =
  /\bwhat (?:did|does|has|have|had)\b[^?]{0,80}?\b(?:repl(?:y|ied)|respond(?:ed)?|write back|wrote back|say back)\b|\bwhat (?:was|is|were) (?:the|their|its|his|her) (?:reply|response)\b|\bwhat (?:reply|replies|response|responses|answer) (?:did|does|has|have|had|came|was|were)\b/i;
// A line that tells what came back: "the reply said", "Highways had advised that", "REPLY: …", "confirmed".
const tellsReply =
  /\b(?:repl(?:y|ied|ies)|respon(?:se|ded|ds)|advised|confirmed|informed|stated|explained|answered|had been told|wrote back|indicated)\b/i;
// A line that says nothing has come back yet: "still awaiting the letter", "no response had been received", "not to
// close it until the minister has responded", "pending a reply".
const stillAwaited =
  /\b(?:await(?:ing|ed)?|still waiting|no (?:reply|response|answer)|not (?:yet )?(?:been )?(?:received|replied|responded))\b|\b(?:until|pending)\b[^.;]{0,80}?\b(?:repl(?:y|ied|ies)|respon(?:se|ded|ds))\b/i;

/**
 * "What did the county reply about the lighting?" answered only by lines that tell no reply: the parish's own
 * request ("a letter should be sent asking for …"), or a reply still awaited ("the Clerk was still awaiting the
 * letter from the county"). Quoting them reads as the reply the papers do not hold.
 */
export function omitsReplyAsked(question: string, lines: string[]): boolean {
  if (!asksReply.test(question) || lines.length === 0) return false;
  return !lines.some((line) => tellsReply.test(line) && !stillAwaited.test(line));
}

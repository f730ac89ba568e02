// "What was the planning committee's vote on the solar panels?", "what was the vote on the harbour motion": the
// result of a vote asked. Counts, unanimity or an outcome's word answer it; "was deferred" or "withdrawn" tells
// that no vote was taken, which answers it too. A table may name the side before its count: "For refusal 5".
const voteOnAsked = /\bwhat was (?:the )?(?:[\p{L}'’-]+ ){0,3}vote (?:on|for|over)\b/iu;
const voteTold =
  /\b(?:\d{1,3}|none)\s+(?:(?:members?|councillors?|votes?)\s+)?(?:voted\s+|were\s+)?(?:for|in favou?r|against|abstain\w*|abstentions?)\b|\b(?:for|in favou?r|against|abstentions?)(?:\s+\p{L}+)?\s*[:–-]?\s*\d{1,3}\b|\b(?:ayes|nays|yeas|unanimous(?:ly)?|nem\.? con\.?|carried|lost|defeated|fell|approved|granted|refused|rejected|agreed|resolved|permitted|deferred|withdrawn|declined|adopted|endorsed|voted|decided|determined)\b/iu;

/**
 * Asked the result of a vote, lines that print neither a count nor an outcome (an agenda line naming the
 * application, the proposal as set out) do not hold it, and quoting them reads as the vote that is not there.
 */
export function omitsVoteOutcomeAsked(question: string, lines: string[]): boolean {
  if (!voteOnAsked.test(question) || lines.length === 0) return false;
  return !lines.some((line) => voteTold.test(line));
}

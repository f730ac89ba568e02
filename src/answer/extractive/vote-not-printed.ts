// Questions about how a vote went, and the lines that print one: a count asked ("what was the vote count"), how
// members divided ("did anyone vote against"), or the vote's result ("what was the vote on the solar panels").

// A figure told as votes: "7 in favour, 2 against", "For: 7", "For refusal 5", "by 5 votes to 1", "carried 7-0",
// "Ayes: … Nays: …", or a vote told in words ("unanimously", "nem con").
export const voteFigure =
  /\b\d{1,3}\s+(?:(?:members?|councillors?|votes?)\s+)?(?:voted\s+|were\s+)?(?:for|in favou?r|against|abstain\w*|abstentions?)\b|\b(?:for|in favou?r|against|abstentions?|abstained)(?:\s+\p{L}+)?\s*[:–-]?\s*\d{1,3}\b|\bby\s+\d{1,3}\s+votes?\b|\b(?:carried|lost|defeated|passed|failed|approved)\s+(?:by\s+)?\d{1,3}\s*[-–]\s*\d{1,3}\b|\b(?:ayes|nays|yeas|unanimous(?:ly)?|nem\.? con\.?|without a vote)\b/iu;

// "Did anyone vote against …", "how many voted against", "was it unanimous", "was there a vote on …": asking how the
// members divided, which only a recorded vote or a count says.
const divisionAsked =
  /\bvot(?:e|ed|es|ing)\s+against\b|\bunanimous(?:ly)?\b|\bdissent(?:ed|ing)?\b|\bwas there a vote\b|\bhow many votes?\b/i;
// How minutes print a division: "voted", "4 votes", "Against (19)", "Against: Crs Murnane", "Ayes:/Nays:", "nem con",
// "abstained", "in favour", "dissent", "the motion was carried/lost".
const divisionPrinted =
  /\bvot(?:e|ed|es|ing)\b|\bagainst\s*[(:]|\b(?:ayes|nays|noes)\b|\bnem\.?\s?con\b|\babstain(?:ed|ing|ions?)?\b|\bin favour\b|\bunanimous(?:ly)?\b|\bdissent|\b(?:was|were)\s+(?:carried|lost|defeated)\b/i;

/**
 * "Did anyone vote against sending the review to Cabinet?" is answered only by a record of how members divided: quoting
 * the resolution, which the minutes print without a vote, reads as an answer they do not give. True when the question
 * asks how the members divided and no quoted passage prints a vote.
 */
export function asksForDivisionNotPrinted(question: string, passages: string[]): boolean {
  if (!divisionAsked.test(question) || passages.length === 0) return false;
  return !passages.some((text) => divisionPrinted.test(text));
}

// "What was the planning committee's vote on the solar panels?", "what was the vote on the harbour motion": the
// result of a vote asked. Counts, unanimity or an outcome's word answer it; "was deferred" or "withdrawn" tells
// that no vote was taken, which answers it too. A table may name the side before its count: "For refusal 5".
const voteOnAsked = /\bwhat was (?:the )?(?:[\p{L}'’-]+ ){0,3}vote (?:on|for|over)\b/iu;
// An outcome told in words, or that no vote was needed.
const outcomeWord =
  /\b(?:none\s+(?:voted\s+)?(?:for|in favou?r|against)|carried|lost|defeated|fell|approved|granted|refused|rejected|agreed|resolved|permitted|deferred|withdrawn|declined|adopted|endorsed|voted|decided|determined)\b/i;

/**
 * Asked the result of a vote, lines that print neither a count nor an outcome (an agenda line naming the
 * application, the proposal as set out) do not hold it, and quoting them reads as the vote that is not there.
 */
export function omitsVoteOutcomeAsked(question: string, lines: string[]): boolean {
  if (!voteOnAsked.test(question) || lines.length === 0) return false;
  return !lines.some((line) => voteFigure.test(line) || outcomeWord.test(line));
}

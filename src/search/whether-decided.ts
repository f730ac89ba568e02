// A yes-or-no question whether a body made a decision: "did … approve", "has … agreed", "was … adopted". The
// verbs, not nouns of the topic: "is there a deadline for the adoption panel's review?" asks when, not whether.
const whetherDecided =
  /^\W*(?:did|has|have|had|was|were|is|are)\b[^?]*\b(?:approv(?:e|es|ed|ing)|agree[sd]?|agreeing|decided?|resolved?|adopt(?:s|ed|ing)?|endorse[sd]?|reject(?:s|ed|ing)?|refuse[sd]?|voted?)\b/i;
// "Is the depot sale going to be decided in private?", "will it be approved by Cabinet?": a decision still to
// come, which a plan's record of it answers, not a resolution.
const decisionToCome =
  /\b(?:going to|to be|will|shall|due to)\s+(?:be\s+)?(?:approv\w*|agreed|decided|resolved|adopted|endorsed|rejected|refused|voted)\b/i;
// "Are there any risks from adopting the plan?", "is there a cost of approving it?": a decision's verb after a
// preposition names the topic the question asks about, not whether the decision was taken.
const decisionAsTopic =
  /\b(?:from|of|for|on|about|in|before|after|without)\s+(?:approving|agreeing|deciding|resolving|adopting|endorsing|rejecting|refusing)\b/gi;

/**
 * "Was the plan approved?", "did the board agree the fees?": asked whether a decision was taken, which the record of
 * the meeting that took it answers, not the report that proposed it or a plan saying it is still to come.
 */
export function asksWhetherDecided(question: string): boolean {
  const asked = question.replace(decisionAsTopic, ' ');
  return whetherDecided.test(asked) && !decisionToCome.test(asked);
}

// "When did the committee approve the one-way scheme?", "when was the plan adopted?": asked the date of a decision.
const whenDecided =
  /^\W*when\s+(?:did|has|have|had|was|were)\b[^?]*\b(?:approv(?:e|ed)|agreed?|decided?|resolved?|adopt(?:ed)?|endorsed?|reject(?:ed)?|refused?)\b/i;

/**
 * "When did the committee approve making the road one-way?": asked when a decision was taken, which only a record
 * of it answers; a member's suggestion of the same thing reads as that decision's date.
 */
export function asksWhenDecided(question: string): boolean {
  const asked = question.replace(decisionAsTopic, ' ');
  return whenDecided.test(asked) && !decisionToCome.test(asked);
}

import { printsAccountsSum } from './accounts-sum.js';
import { shownKinds, wantedKinds } from './answer-kinds.js';

// "How much is / did / money …" asks for a sum. "How much CERB had been paid back" names the money by a word the
// papers may not know, but money paid, spent or raised is a sum whatever its name. "How much progress / support / longer" asks for a degree or a
// duration, answered in words as often as in figures, so it is left to the usual evidence checks.
// "…, and for how much?" asks the sum a sale or contract was agreed at. "How much wage subsidy / housing grant"
// names money with a word before it, still a sum; "how much in pounds is …" names the money first.
const howMuch =
  /\bhow much\s+(?:in (?:pounds|euros|dollars)\s+)?(?:money|funding|cash|grant|income|budget|is|was|are|were|did|does|do|will|would|has|have|had|could|can|should)\b|\bfor how much\b|\bhow much (?:[\p{L}-]+ )?(?:funding|grants?|subsid(?:y|ies)|investment|compensation|salary|rent|fees?|debt|savings)\b|\bhow much (?:[\p{L}-]+ ){1,2}(?:had|has|have|was|were|is|will) (?:been |be )?(?:paid|repaid|spent|raised|collected|recovered|owed|borrowed|lent|overpaid|refunded|clawed)\b/iu;

// A cost, or money by name ("how much money", "in pounds"): only a sum of money answers it, not a share.
const asksCost = /\b(?:cost|price)\b|\bhow much (?:money|cash)\b|\b(?:in|how many) (?:pounds|euros|dollars)\b/i;
// "What did the pavilion cost in the end?", "the final cost", "what it actually cost": the sum spent, not planned.
const finalAsked = /\b(?:in the end|final(?:ly)?|actual(?:ly)?|ended up|eventually|outturn)\b/i;
// Words that tell a sum was spent: "cost £41,000", "the final account", "spent", "came to", "paid", "outturn".
const incurred =
  /\b(?:cost|costs|costing|spent|spend|spending|outturn|out-turn|final|actual|came to|totall?ed|paid|overspen\w*|underspen\w*)\b/i;
// "What did the trust spend on training?" asks a sum of money; "what did they spend the grant on" asks what it bought.
const spendOn = /\bwhat (?:did|does|do|has|have|had|will|would)\b[^?]{0,80}?\bspend(?:ing)?\s+on\b/i;
// A sum of money as papers print it, or a cost told in words ("at no cost", "free of charge"). "£2m" and "2bn"
// join the letters to the figure; "70 m of footpath" spaced apart is a length, not a sum.
const money =
  /[£€$]\s?\d|\d(?:k|m|bn)\b|\d\s?(?:million|billion|thousand)\b|\b(?:pounds?|euros?|dollars?|pence)\b|\b(?:no|nil|zero|low) cost\b|\bfree(?: of charge)?\b/i;

// "What's the budget for the new library?", "what was the cost of the survey", "what is Ashby's budget for
// parks", "what's the total capital cost of": a sum asked for by its name. Not "what was the budget based on",
// which asks how it was set. "What running cost for the ferry did she give?" names the sum straight after
// "what"; "what cost pressures" asks about pressures, not a sum.
const sumNamed =
  /\bwhat(?:'s|’s|s| is| was| are| were| will be| would be)? (?:the |its |their |[\p{L}-]+(?:'s|’s) )?(?:(?:total|full|likely|annual|overall|capital|estimated|running) ){0,2}(?:budget|cost|costs|price|value|spend|allocation) (?:for|of|on)\b|\bwhat (?:[\p{L}-]+ )?(?:budget|cost|costs|price)(?: (?:per|a|an) [\p{L}-]+)? (?:for|of|on|did|does|do|is|was|are|were|will|would|has|have|had)\b/iu;

// "send plan cost?", "ferry refit budget": a reader on a phone types the sum's name after its topic, with no
// question words at all; only a sum answers it.
const terseSumAsked = /^\W*(?:[\p{L}\d'’/-]+\s+){1,4}(?:cost|costs|price|budget|spend)\s*\??\s*$/iu;

// "What did the chief inspector say the programme cost?", "what does the new roof cost": "cost" as the verb of
// what was bought, which only a sum answers. Not "what did members say about the cost", which asks what was said,
// nor "what would the plan cost", which the papers may answer by saying there is no such plan.
const costVerbAsked =
  /\bwhat (?:did|does|do)\b[^?]{0,80}?(?<!\b(?:the|a|an|about|of|its|their|on|any|what|low|high|total)\s)\bcost\b(?=\s*(?:\?|$|in the end|altogether|overall|in total|to (?:build|run|deliver|repair)\b))/i;

// "Kent has been allocated £5m", "awarded a grant of £20,000": money coming in, which tells no cost.
const received =
  /\b(?:(?:been |was |were |is |are )?(?:allocated|awarded|granted|received)|grant(?: funding)? of|funding of)\s+(?:of\s+)?(?:(?:about|around|approximately|some|up to)\s+)?[£€$]\s?[\d,.]+(?:\s?(?:k|m|bn|million|billion|thousand)\b)?/giu;

/** The line without the sums it prints as money received, so what is left can tell a cost. */
function costPart(line: string): string {
  return line.replace(received, ' ');
}

/**
 * "How much is the precept for next year?" answered only by lines that print no sum or share: the papers
 * name the topic but not the amount (the precept is to be set at a later meeting), and quoting them reads
 * as an answer that is not there. A count in passing ("the second of a four month process") is no amount;
 * "how much land" asks for a measure, which answers it.
 */
export function omitsAmountAsked(question: string, lines: string[]): boolean {
  const measured = /\bhow much\b/i.test(question) && wantedKinds(question).has('measure');
  const spent = spendOn.test(question);
  const costVerb = costVerbAsked.test(question);
  const terse = terseSumAsked.test(question);
  if (
    !(howMuch.test(question) || sumNamed.test(question) || measured || spent || costVerb || terse) ||
    lines.length === 0
  )
    return false;
  // A cost is a sum of money: "51% owned by the council" is a share, not what the works cost.
  // Asked what it came to, a sum only offered, budgeted or planned ("to accept a grant of £20,000") is not it.
  if (asksCost.test(question) && finalAsked.test(question))
    return !lines.some((line) => (money.test(line) || printsAccountsSum(line)) && incurred.test(line));
  if (asksCost.test(question) || spent || costVerb || terse)
    return !lines.some((line) => money.test(costPart(line)) || printsAccountsSum(line));
  return !lines.some((line) => {
    const shown = shownKinds(line);
    return shown.has('amount') || (measured && shown.has('measure'));
  });
}

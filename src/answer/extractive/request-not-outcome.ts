// "The petition asks the council to reverse its decision to close …", "Campaigners called on the board to …": what
// someone outside the council asked for, in the words of the outcome asked about, yet not the outcome.
const reportsRequest =
  /\b(?:petitions?|petitioners?|deputations?|campaigners?|campaigns?|signator(?:y|ies)|objectors?|letters?|correspondents?)\b[^.;:]{0,40}?\b(?:asks?|asked|asking|calls? (?:on|for)|called (?:on|for)|calling (?:on|for)|requests?|requested|requesting|urges?|urged|urging|seeks?|sought|seeking)\b/i;

/** Whether a line reports what a petition, deputation or letter asks for. */
export function reportsRequestMade(text: string): boolean {
  return reportsRequest.test(text);
}

// "What does the petition ask for?", "what did the campaigners want?": the request is then the answer.
const asksAboutRequest =
  /\b(?:ask|asks|asked|asking|request|requests|requested|call(?:s|ed)? (?:on|for)|want|wants|wanted|seek|seeks|sought|demand\w*|about)\b/i;

// "Will the lido close?", "did the board agree …?": whether something will be or was done.
const asksWhetherDone = /^\W*(?:will|would|did|does|do|is|are|was|were|has|have|had|can|could)\b/i;

/** Whether the question asks whether something is or was done, which a request does not answer. */
export function asksOutcomeNotRequest(question: string, wantsOutcome: boolean): boolean {
  return (wantsOutcome || asksWhetherDone.test(question)) && !asksAboutRequest.test(question);
}

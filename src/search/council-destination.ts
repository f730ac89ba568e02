// The council sitting as a whole, as questions type it: "full council", "the extraordinary council meeting".
const wholeCouncil = String.raw`(?:the\s+)?(?:next\s+)?(?:(?:full|whole|extraordinary|special|annual|ordinary)\s+)?(?:meeting\s+of\s+(?:the\s+)?(?:full\s+)?)?council(?:\s+meeting)?\b`;
// "Recommending the strategy to full council", "referred it to the full council": a committee sending a matter on.
// "A motion referred from full council": a committee receiving one. A paper "taken to full council" is
// that council's own paper, so it stays.
const sentTo = new RegExp(
  String.raw`(\b(?:recommend\w*|refer(?:s|red|ring)?|sen(?:d|ds|t|ding)|forward\w*|escalat\w*|submit\w*)\b[^?.]{0,60}?)\bto\s+${wholeCouncil}`,
  'gi',
);
const receivedFrom = new RegExp(String.raw`\bfrom\s+${wholeCouncil}`, 'gi');

/**
 * The question with a council typed as where a committee sent a matter, or where it received one from, taken
 * out: a committee's own minutes record what it sent there, so the phrase names no body whose papers are asked
 * about.
 */
export function withoutCouncilDestination(question: string): string {
  return question.replace(sentTo, '$1').replace(receivedFrom, ' ');
}

import { monthPattern } from '../../core/dates.js';
import { escapeRegExp } from '../../core/escape-reg-exp.js';

const bodyNouns = ['committee', 'commission', 'cabinet', 'board', 'council', 'panel', 'executive'];

/**
 * Whether a question asks about one dated meeting, not a subject at some time: it says "meeting", or it
 * types the date against the body's name ("the March 2025 cabinet", "cabinet on 3 March", "the board in
 * June", "what did the board decide about X in June"), so the date picks out the sitting. "The March deadline"
 * or "the budget for 2026" are subjects.
 */
export function namesMeeting(question: string, committee: string | undefined): boolean {
  if (/\bmeeting\b/i.test(question)) return true;
  const body = committee?.trim().split(/\s+/).at(-1);
  // A body the index does not hold is named by the noun such bodies end in ("the health panel in May"): the
  // date picks out its sitting just the same (and "council tax" is no council).
  const nouns = [...bodyNouns, ...(body ? [escapeRegExp(body)] : []), ...trailingInitials(committee)];
  const name = `(?:${nouns.join('|')})(?!\\s+tax\\b)`;
  const month = String.raw`(?:${monthPattern})[a-z]*\.?`;
  const date = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?${month}(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?`;
  const before = new RegExp(String.raw`\b${date}\s+(?:\w+\s+)?${name}\b`, 'i');
  // "The board in June", "when the panel met on 4 May", "the cabinet that sat in March".
  const after = new RegExp(
    String.raw`\b${name}\s+(?:(?:that\s+|which\s+)?(?:met|sat|convened|gathered)\s+)?(?:in|on|of|from)\s+${date}\b`,
    'i',
  );
  // "What did the executive decide about moorings in March 2031?": what a body decided in a month is what its
  // sittings of that month decided, however far the date stands from its name.
  const decidedIn = new RegExp(
    String.raw`\b${name}\s+(?:\w+\s+){0,2}(?:decide|decided|resolve|resolved|agree|agreed|approve|approved|vote|voted)\b[^?]*\b(?:in|on|at)\s+${date}\b`,
    'i',
  );
  return before.test(question) || after.test(question) || decidedIn.test(question);
}

/**
 * How a body's name is typed short: the initials of its last words ("SPC" for "… Strategic Policy Committee",
 * "SAB" for "Harbour Safety Advisory Board"), two letters or more.
 */
function trailingInitials(committee: string | undefined): string[] {
  const initials = (committee ?? '')
    .split(/\s+/)
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => word[0]!.toLowerCase())
    .join('');
  const forms: string[] = [];
  for (let length = 2; length <= initials.length; length += 1) forms.push(initials.slice(-length));
  return forms;
}

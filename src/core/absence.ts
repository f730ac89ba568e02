/**
 * Who stayed away from a meeting is printed on its apologies line ("Apologies were received from …", "Absent:",
 * "Regrets:"), never on its Present line, which names everyone who came. Asked in plain words ("which member
 * missed the meeting?", "who didn't attend?", "who was absent?"), a question wants the first.
 */

// "Who/which … was not at / wasn't there / didn't attend / couldn't make / missed it": said of a person, so a
// "who"/"which"/"any" asks it.
const personAbsent = String.raw`\b(?:who|which|any(?:one|body)?)\b[^?]*?(?:\b(?:was|were)\s+not\s+(?:at|there|present|in attendance)\b|\b(?:wasn|weren)['’]t\s+(?:at|there|present|in attendance)\b|\b(?:did\s+not|didn['’]t|could\s+not|couldn['’]t|can['’]?t|cannot|failed\s+to|unable\s+to|(?:was|were)(?:\s+not|n['’]t)\s+able\s+to)\s+(?:attend|come|make(?:\s+it)?|turn\s+up|show\s+up|get\s+to|be\s+(?:at|there)|join)\b|\bmissed\s+(?:it|them)\b)`;
// "missed the last meeting", "which councillor missed the finance committee": not "missed the deadline", nor
// "who missed the council tax deadline".
const missedMeeting = String.raw`\bmiss(?:ed|es|ing)?\s+(?:the|that|this|last|our|their|its|a)\s+(?:[\p{L}\d,'’-]+\s+){0,5}?(?:meeting|sitting|session)s?\b|\b(?:who|which|any(?:one|body)?)\b[^?]*?\bmiss(?:ed|es)\s+(?:the|that|this|last|our|their|its)\s+(?:[\p{L}\d,'’-]+\s+){0,5}?(?:committee|council|board|cabinet|commission|panel|forum)\b(?!\s+(?:tax|houses?|homes?|offices?|targets?|deadlines?|budgets?)\b)`;

const absenceAsked = new RegExp(
  String.raw`\bapolog\w*|\babsent(?:ees?)?\b|\bstayed away\b|\bsent (?:their |his |her )?regrets\b|${missedMeeting}|${personAbsent}`,
  'iu',
);

/** Whether a question asks who sent apologies or stayed away. */
export function asksWhoWasAbsent(question: string): boolean {
  return absenceAsked.test(question);
}

const absenceAskedEverywhere = new RegExp(absenceAsked.source, 'giu');

/**
 * Asked only who stayed away: not also who came ("who attended, and who sent apologies?") nor who chaired, which
 * the Present line answers.
 */
export function asksOnlyWhoWasAbsent(question: string): boolean {
  if (!asksWhoWasAbsent(question)) return false;
  const rest = question.replace(absenceAskedEverywhere, ' ');
  return !/\battend\w*|\bpresent\b|\bwho (?:was|were) there\b|\bchair|\bpresid/i.test(rest);
}

const absenceRecorded = /\bapolog\w*|\babsen(?:t|ce)\b|\bregrets\b|\bexcused\b|\bnot present\b/i;

/** A line saying who stayed away: "Apologies for absence: Cllr A Name", "Absent: B Name", "Regrets: C Name". */
export function recordsAbsence(text: string): boolean {
  return absenceRecorded.test(text);
}

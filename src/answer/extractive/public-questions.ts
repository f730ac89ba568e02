import type { RetrievedPassage } from '../../search/retrieval.js';

// "What questions did the public ask?", "what did residents raise?", "were there any questions from the public?":
// asked about the standing item where the public speaks, not about a topic.
const asksPublic =
  /\b(?:the public|members of the public|residents?|parishioners|public speakers?)\b[^?]*\b(?:ask|asked|asking|raise|raised|raising|questions?|say|said|speak|spoke)\b|\b(?:ask|asked|raised|questions?)\b[^?]*\b(?:from|by|of) (?:the public|members of the public|residents)\b/i;

/** Whether the question asks what the public asked or raised at a meeting. */
export function asksWhatThePublicAsked(question: string): boolean {
  return asksPublic.test(question);
}

// The standing item councils print for it: "Questions by the Public and Press", "Public
// Participation", "Public Question Time", "Open Forum", "Residents' Questions".
// An invitation to the public to speak later ("… invitation for public contributions") is not the item.
const publicItem =
  /\bpublic (?:questions?|question time|participation|forum|session|speaking|comments?|time)\b|\b(?:questions?|receive)\b[\w ]{0,30}\b(?:from|by|of) (?:members of )?the public\b|\bopen forum\b|\bresidents'? (?:questions|forum)\b/i;

/** Whether a minute item or heading is the standing item where the public asks its questions. */
export function isPublicQuestionsItem(title: string | undefined): boolean {
  return title !== undefined && publicItem.test(title);
}

// "No questions were put", "nobody from the gallery spoke", "None.": the item was held, and nobody asked.
const nobodyAsked = /\bno (?:questions|members of the public|public questions|one)\b|\bnobody\b|^\W*(?:none|nil)\W*$/im;
// Asked with no date, the answer lists the item at the few latest meetings where someone spoke.
const meetingsListed = 3;

/**
 * The passages of public-questions items among those retrieved, else among those retrieved again for the item
 * itself (the question's words, "questions" and "ask", match any passage where someone asked something, so the
 * item is found by its title): one a meeting, the meetings where someone asked before those where nobody did.
 */
export async function publicQuestionsPassages(
  passages: RetrievedPassage[],
  retrieveAgain: (question: string) => Promise<RetrievedPassage[]>,
  question: string,
): Promise<RetrievedPassage[]> {
  // An agenda only announces the item; the minutes say what was asked.
  const ofItem = (passage: RetrievedPassage) =>
    passage.chunk.kind !== 'agenda' &&
    (isPublicQuestionsItem(passage.chunk.minuteTitle) || passage.chunk.headingPath.some(isPublicQuestionsItem));
  let found = passages.filter(ofItem);
  if (found.length === 0)
    found = (await retrieveAgain(`public question time questions from the public ${question}`)).filter(ofItem);
  const byMeeting = new Map<string, RetrievedPassage>();
  for (const passage of found) {
    const meeting = `${passage.chunk.source}|${passage.chunk.meetingDate ?? ''}`;
    if (!byMeeting.has(meeting)) byMeeting.set(meeting, passage);
  }
  const items = [...byMeeting.values()];
  const asked = items.filter((passage) => !nobodyAsked.test(passage.chunk.text));
  return (asked.length > 0 ? asked : items.slice(0, 1)).slice(0, meetingsListed);
}

// "Date of next meeting", "the next meeting will be held on …", and as US and Australian minutes write it,
// "adjourned to the next regular meeting on September 23"; parish clerks name the body and how it meets: "Date of
// next virtual Ashby Parish Council meeting".
const meetingKind = String.raw`(?:regular|ordinary|scheduled|monthly|full|council|virtual|remote|online)\s+`;
const bodyName = String.raw`(?:[\p{L}'’-]+\s+){1,4}(?:council|committee|board|panel)\s+`;
const nextMeeting = String.raw`\bnext\s+(?:${meetingKind}){0,2}(?:${bodyName})?meeting\b`;
const nextMeetingWords = new RegExp(nextMeeting, 'iu');
// A "Date of next meeting" heading ends its line; the date is on the line under it.
const nextMeetingSentence = new RegExp(String.raw`[^.\n]*${nextMeeting}[^.\n]*(?:\n[ \t]*[^\n]*)?`, 'giu');

/** Whether a text announces the next sitting. */
export function mentionsNextMeeting(text: string): boolean {
  return nextMeetingWords.test(text);
}

/** Every line or sentence naming the next meeting (its date may sit on the same line, after a heading). */
export function nextMeetingSentences(text: string): string[] {
  return [...text.matchAll(nextMeetingSentence)].map((match) => match[0]);
}

// "Date of next meeting", "the next meeting will be held on …", and as US and Australian minutes write it,
// "adjourned to the next regular meeting on September 23".
const nextMeeting = String.raw`\bnext\s+(?:(?:regular|ordinary|scheduled|monthly|full|council)\s+){0,2}meeting\b`;
const nextMeetingWords = new RegExp(nextMeeting, 'i');
// A "Date of next meeting" heading ends its line; the date is on the line under it.
const nextMeetingSentence = new RegExp(String.raw`[^.\n]*${nextMeeting}[^.\n]*(?:\n[ \t]*[^\n]*)?`, 'gi');

/** Whether a text announces the next sitting. */
export function mentionsNextMeeting(text: string): boolean {
  return nextMeetingWords.test(text);
}

/** Every line or sentence naming the next meeting (its date may sit on the same line, after a heading). */
export function nextMeetingSentences(text: string): string[] {
  return [...text.matchAll(nextMeetingSentence)].map((match) => match[0]);
}

// "Who gave evidence…", "which witnesses attended…", "who did the committee hear from…": asked who the witnesses
// were, not what they said.
// "What did witnesses say about …" asks what was said: a witness is asked after by "who"/"which".
const asksWitnesses =
  /\b(?:who|which|name)\b[^?]*\bwitness(?:es)?\b|\bwitness(?:es)?\b[^?]*\b(?:were|was) (?:there|present|heard|called)\b|\b(?:who|which)\b[^?]*\b(?:gave|give|giving|presented|provided) (?:oral |written )?evidence\b|\bwho did (?:the )?[\w ]{0,40}\bhear from\b|\bwho (?:appeared|testified)\b/i;

/** Whether the question asks who gave evidence, rather than what was said. */
export function asksWhoGaveEvidence(question: string): boolean {
  return asksWitnesses.test(question);
}

// How a chair introduces witnesses: "I welcome to the meeting …", "we are joined by …", "our witnesses this
// morning are …", "giving evidence today are …"; a record prints them under a "Witnesses:" label.
const introduction =
  /\bwelcom(?:e|es|ing)\b|\bjoined (?:today |this (?:morning|afternoon|evening) |here )?by\b|\bwith us (?:today|this (?:morning|afternoon|evening))\b|\bour (?:first |next |final |second |third )?(?:witness(?:es)?|panel(?:lists)?|guests?)\b|\b(?:giving|give|to give) evidence\b|\bintroduce\b|^\W*witness(?:es)?\s*:/i;
// Welcoming everyone to the meeting names the meeting, not a witness ("welcome to the sixth meeting of the
// Harbour Committee"); a witness may still follow ("I welcome to the meeting Jo Bell, chief executive of …").
const welcomeToMeeting =
  /\bwelcom(?:e|es|ing)\s+(?:(?:you|everyone|members|all)\s+)?(?:all\s+)?to\s+(?:the|this|today's|our)\s+(?:[\w'’-]+\s+){0,4}(?:meeting|session|sitting|hearing)(?:\s+of\s+the(?:\s+\p{Lu}[\p{L}'’-]*)+)?(?:\s+in\s+\d{4})?/giu;
// A witness is named with a title or with the post after the name: "Dr Samir Haddad", "Fergus Allardyce, managing
// director of …", "Professor Lind (University of …)".
const namedWitness =
  /\b(?:Dr|Mr|Mrs|Ms|Mx|Miss|Professor|Prof|Councillor|Cllr|Sir|Dame)\.?\s+\p{Lu}|\p{Lu}[\p{L}'’-]+\s+(?:\p{Lu}\.?\s+)?\p{Lu}[\p{L}'’-]+\s*(?:,|\(|\bfrom\b|\bof\b)/u;

/** Whether a sentence introduces a witness by name. */
export function introducesWitnesses(sentence: string): boolean {
  const rest = sentence.replace(welcomeToMeeting, 'welcome ');
  return introduction.test(rest) && namedWitness.test(rest);
}

// The procedural business every meeting repeats; briefings list it but do not research it.
const standingItems = [
  /\bapologies\b/i,
  /\bminutes of (?:the )?(?:previous|last) meeting\b/i,
  /\bdeclarations? of interests?\b/i,
  /\bexclusion of (?:the )?press\b/i,
  /\bquestions from (?:members of )?the public\b/i,
  /^\s*communications\s*$/i,
  /\burgent business\b/i,
  /\b(?:date|time)s?(?: and time)? of (?:the )?next meeting\b/i,
  /^\s*work programme\s*$/i,
];

/** Whether an agenda or minute item title is standing business (apologies, minutes, declarations…). */
export function isStandingItem(title: string): boolean {
  return standingItems.some((pattern) => pattern.test(title));
}

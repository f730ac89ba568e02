// Councils number their decisions and reports ("24/00109", "Decision No: CAB-2023-045", "Ref: KD 2024/15"), and
// an agenda often puts the number in the item's title: a shared number pairs an item with its report for certain.
// A number with a slash not part of a date ("30/01/2025"), or the value of a "Decision No"/"Reference" label.
const slashNumber = /(?<![\w/.])\d{2,4}\/\d{3,6}(?![\w/.]*\d)/g;
const yearRange = /^(?:19|20)\d\d\/(?:19|20)\d\d$/;
const labelled =
  /\b(?:decision|report|key decision|forward plan)?\s*(?:no|number|ref(?:erence)?)\.?\s*:\s*([A-Z0-9][\w/.-]*\d[\w/.-]*)/gi;

/** The decision or reference numbers a passage states, normalised for comparison. */
export function findReferenceNumbers(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(slashNumber)) if (!yearRange.test(match[0])) found.add(normalise(match[0]));
  for (const match of text.matchAll(labelled)) if (match[1]) found.add(normalise(match[1]));
  return [...found];
}

function normalise(reference: string): string {
  return reference.replace(/[.,;:]+$/, '').toUpperCase();
}

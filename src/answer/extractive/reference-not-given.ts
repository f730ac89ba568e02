// "What is the planning reference for …", "the application number", "what was the reference", "what enactment number
// did the ordinance get": a reference asked, which a paper prints as a code ("22/01234/FUL", "P/2021/0456", "Ref:
// DM21-113", "Enactment No: ORD 2035-118"), not as the permission or the law it names.
const referenceAsked =
  /\b(?:planning|application|case|decision|permit|licen[cs]e|enactment|ordinance)\s+(?:reference|ref|number|no)\b|\breference (?:number|code)\b|\bwhat (?:is|was|are|were)(?: the| its| their)? (?:reference|ref)\b/i;
// A code with a slash and a figure ("22/01234/F", "PA/123"), or a figure after "ref", "reference" or an enactment's
// "No:" ("Enactment No: ORD 2035-118").
const referenceCode =
  /(?<![\w/])[A-Z0-9]{1,6}(?:\/[A-Z0-9]{1,8})+(?![\w/])|\b(?:ref(?:erence)?\.?\s*(?:no\.?|number)?|enactment\s+(?:no\.?|number))\s*:?\s*[A-Z]{0,4}\s?[\d][\w/.-]*/gi;
// "10/07/2013", "1/4/25": a date printed with slashes names a day, not a case.
const slashedDate = /^\d{1,2}\/\d{1,2}(?:\/\d{2,4})?$/;

/**
 * Asked for a reference, lines that print no code answer something else: a list of permissions granted names the
 * works and the address, and quoting it reads as the reference that is not there. An item titled by its decision
 * number ("24/00108 - Budget Monitoring Report") prints the code in the heading the answer quotes its lines under:
 * its resolution then answers with the number, though no line of it repeats it.
 */
export function omitsReferenceAsked(question: string, lines: string[], headings: string[] = []): boolean {
  if (!referenceAsked.test(question) || lines.length === 0) return false;
  return ![...lines, ...headings].some((line) =>
    [...line.matchAll(referenceCode)].some((match) => /\d/.test(match[0]) && !slashedDate.test(match[0])),
  );
}

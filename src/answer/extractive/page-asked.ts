// "On what page of the report…", "which pages is the item on", "what page number": asked where in the paper a
// passage sits. The index keeps a PDF passage's page, but the quoted words seldom print it, so the answer has to.
const pageAsked = /\b(?:what|which)\s+pages?\b|\bpages?\s+(?:number|no\b)/i;

/** Whether the question asks on which page of a paper something is printed. */
export function asksForPage(question: string): boolean {
  return pageAsked.test(question);
}

/**
 * The heading a quote is listed under, with the page the quote starts on when the question asks for it: a
 * paper without pages (markdown, a web page) has none to give.
 */
export function headingWithPage(heading: string, page: number | undefined, question: string): string {
  return page !== undefined && asksForPage(question) ? `${heading} (page ${page})` : heading;
}

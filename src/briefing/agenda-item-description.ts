// An agenda's closing matter ("EXEMPT ITEMS (At the time of preparing the agenda…) <officer> <date>", a Part 2
// heading) follows the last item on the page, and a layout parser may read it as that item's description.
const closingMatter =
  /\b(?:(?:EXEMPT|UNRESTRICTED|RESTRICTED|CONFIDENTIAL) ITEMS|PART (?:2|II|B)|NOT FOR PUBLICATION)\b/;

/** An agenda item's own description, without the agenda's closing matter; empty when it has none. */
export function agendaItemDescription(description: string): string {
  const closing = closingMatter.exec(description);
  return (closing ? description.slice(0, closing.index) : description).trim();
}

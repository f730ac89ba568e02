// A heading, or a line's opening, that lists business for a later meeting: "Items for the next agenda", "Matters for
// future meetings", "Future agenda items".
const futureBusiness =
  /\b(?:(?:items?|matters?|business|topics?)\s+for\s+(?:the\s+)?(?:next|future|a\s+future|later)\s+(?:agendas?|meetings?)|future\s+(?:agenda\s+)?items)\b/i;

/**
 * Asked what a body decided, lines that only put a topic on a later agenda ("Items for the next agenda: Cemetery
 * memorial safety testing") hold no decision on it: the topic is still to be taken, and quoting the listing, even
 * marked as no resolution, reads as an answer the papers do not give.
 */
export function quotesOnlyFutureBusiness(lines: readonly { text: string; heading: string }[]): boolean {
  return (
    lines.length > 0 &&
    lines.every((line) => futureBusiness.test(line.heading) || futureBusiness.test(line.text.slice(0, 60)))
  );
}

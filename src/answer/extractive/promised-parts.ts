// "The Plan is in two parts.", "the review found three key themes": a count of parts the text then takes in
// turn, often a paragraph each ("The first …", then "The second …").
const counts: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
const promise =
  /\b(two|three|four|five)\s+(?:[a-z-]+\s+)?(?:parts|strands|elements|phases|stages|sections|components|themes|pillars|workstreams|aims|objectives|priorities)\b/i;
const ordinals = ['second', 'third', 'fourth', 'fifth'];
// "2.1.5 The second …", "Secondly, …", "Third, …": a part taken up by its ordinal, numbered or not.
const opensWith = (ordinal: string) =>
  new RegExp(String.raw`^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:the\s+)?${ordinal}(?:ly)?\b`, 'i');

/**
 * A line promising a number of parts that names only the first ("The Plan is in two parts. The first …")
 * says half of what it promises: the lines after it that open on the next ordinals ("The second …") come with
 * it, up to the count promised, from its own passage's lines (`after`, in order).
 */
export function promisedParts<Line extends { text: string }>(segment: Line, after: Line[]): Line[] {
  const count = counts[segment.text.match(promise)?.[1]?.toLowerCase() ?? ''];
  if (!count) return [];
  const parts: Line[] = [];
  let from = 0;
  for (const ordinal of ordinals.slice(0, count - 1)) {
    // Named already on the promising line itself: the next part is there too.
    if (opensWithin(segment.text, ordinal)) continue;
    const index = after.findIndex((other, at) => at >= from && opensWith(ordinal).test(other.text));
    // The parts follow one another closely; one found far down is another list's.
    if (index < 0 || index - from > 3) break;
    parts.push(after[index]!);
    from = index + 1;
  }
  return parts;
}

function opensWithin(text: string, ordinal: string): boolean {
  return new RegExp(String.raw`(?:^|[.;:]\s+)(?:the\s+)?${ordinal}(?:ly)?\b`, 'i').test(text);
}

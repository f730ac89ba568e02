/**
 * How much of a topic a text covers, each term weighted (by rarity, usually): 0 when none of it, 1 when all.
 * Weighting keeps "children" from making every children's-services paper look like the same topic.
 */
export function measureOverlap(topic: string[], terms: ReadonlySet<string>, weight: (term: string) => number): number {
  let total = 0;
  let covered = 0;
  for (const term of topic) {
    const value = weight(term);
    total += value;
    if (terms.has(term)) covered += value;
  }
  return total === 0 ? 0 : covered / total;
}

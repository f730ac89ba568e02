// The evaluation's reference normalisation (shared/eval/normalize.mjs), kept identical in behaviour.
export function normalize(text: string): string {
  return String(text)
    .normalize('NFKC')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[*_`#]/g, '')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase()
    .replace(/,/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export type Fact = string | string[];

/** A fact holds when any of its alternatives occurs in the normalised text. */
export function factHolds(fact: Fact, text: string): boolean {
  const haystack = normalize(text);
  const alternatives = Array.isArray(fact) ? fact : [fact];
  return alternatives.some((alternative) => haystack.includes(normalize(alternative)));
}

/** An FTS5 query that ORs the question's words, its adjacent word pairs as phrases, and expansions. */
export function buildTextQuery(questionWords: string[], expansions: string[]): string {
  const terms = new Set<string>();
  for (const word of questionWords) terms.add(quote(word));
  for (let index = 0; index + 1 < questionWords.length; index += 1) {
    terms.add(quote(`${questionWords[index]} ${questionWords[index + 1]}`));
  }
  for (const phrase of expansions) terms.add(quote(phrase));
  return [...terms].join(' OR ');
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '')}"`;
}

/**
 * The single words worth a full-text search's time: rarest first, until the chunks they would make
 * the engine score reach the budget. Full-text engines score every chunk matching any word, so a
 * question of common words ("young", "children") scores half of a large index, while the rarer
 * words and the question's phrases already decide which chunks lead (BM25 weighs common words
 * least). The rarest word always stays. Small indexes never reach the budget.
 */
export function fitPostingBudget(words: string[], postings: (word: string) => number, budget: number): string[] {
  const ordered = words.map((word) => ({ word, cost: postings(word) })).sort((a, b) => a.cost - b.cost);
  const kept: string[] = [];
  let spent = 0;
  for (const { word, cost } of ordered) {
    if (kept.length > 0 && spent + cost > budget) break;
    kept.push(word);
    spent += cost;
  }
  return kept;
}

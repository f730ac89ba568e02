/**
 * The search terms worth a full-text search's time: rarest first, until the chunks they would make
 * the engine score reach the budget. FTS5 scores every chunk matching any term (FTS5: about 0.7 µs each),
 * so a question of common words ("children") has it rank half of a large index, while the rarer
 * terms already decide which chunks lead (BM25 weighs common terms least). The rarest term always
 * stays; small indexes never reach the budget.
 */
export function fitPostingBudget<Term>(terms: Term[], postings: (term: Term) => number, budget: number): Term[] {
  const ordered = terms.map((term) => ({ term, cost: postings(term) })).sort((a, b) => a.cost - b.cost);
  const kept: Term[] = [];
  let spent = 0;
  for (const { term, cost } of ordered) {
    if (kept.length > 0 && spent + cost > budget) break;
    kept.push(term);
    spent += cost;
  }
  return kept;
}

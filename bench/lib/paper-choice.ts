/** One retrieved passage as the depth bench sees it: the paper it comes from, and whether it holds the evidence. */
export interface RankedPassage {
  source: string;
  evidence: boolean;
}

/** Where a question's evidence ranks, overall and among its own paper's passages. */
export interface PaperChoice {
  /** 1-based rank of the first passage holding the evidence; null when none within the depth. */
  rank: number | null;
  /** Whether the first passage comes from the paper holding the evidence; null when the evidence was not found. */
  rightPaperFirst: boolean | null;
  /**
   * 1-based rank of the evidence among the passages of its own paper: where it would rank if retrieval
   * knew which paper (a transcript's sitting) the question is about. Null when the evidence was not found.
   */
  rankInPaper: number | null;
}

/**
 * Splits a ranking loss in two: choosing the wrong paper (a transcript of another sitting ranks first)
 * and the wrong passage within the right paper. The rank within the paper bounds what any paper- or
 * meeting-level prior can win back: a question whose evidence is not in its paper's top 5 stays missed
 * however well the paper is chosen.
 */
export function paperChoice(passages: RankedPassage[]): PaperChoice {
  const index = passages.findIndex((passage) => passage.evidence);
  if (index === -1) return { rank: null, rightPaperFirst: null, rankInPaper: null };
  const { source } = passages[index]!;
  const rankInPaper = passages.slice(0, index + 1).filter((passage) => passage.source === source).length;
  return { rank: index + 1, rightPaperFirst: passages[0]!.source === source, rankInPaper };
}

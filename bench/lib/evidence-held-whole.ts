/**
 * Whether any indexed passage holds one of a question's evidence strings whole (both sides normalised).
 * A question none holds is lost before ranking: its evidence was cut by passage boundaries (or never
 * indexed), so no re-ranking can find it; the count bounds what chunking, not scoring, can win back.
 */
export function evidenceHeldWhole(evidence: string[], passages: Iterable<string>): boolean {
  for (const passage of passages) if (evidence.some((item) => passage.includes(item))) return true;
  return false;
}

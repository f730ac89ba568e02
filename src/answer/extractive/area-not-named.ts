// "Which ward is the play park in?", "what divisions does the scheme affect": a council's electoral area asked for.
const asksArea = /\b(?:which|what)\s+(?:electoral\s+)?(?:wards?|divisions?|constituenc(?:y|ies))\b/i;
// How papers name one: "Wards affected: Eastfield", "Electoral Division: Hale", "borough-wide", "all wards".
const namesArea =
  /\b(?:wards?|divisions?|constituenc(?:y|ies)|(?:borough|county|district|city|parish)[\s-]?wide|all wards)\b/i;

/**
 * "Which ward is the Brook Lane scheme in?" answered by lines that name no ward or division (a consultation's dates,
 * the scheme's cost): they say something of the scheme but not where it sits on the council's map, and quoting them
 * reads as the answer the papers do not give.
 */
export function omitsAreaAsked(question: string, lines: string[]): boolean {
  if (!asksArea.test(question) || lines.length === 0) return false;
  return !lines.some((line) => namesArea.test(line));
}

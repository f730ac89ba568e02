/** ROUGE-1, ROUGE-2 and ROUGE-L F1 (×100), exactly as ../shared/eval/README.md defines them for the eval. */
export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeL: number;
}

/** Lower case, every run of characters other than a-z0-9 a single space; no stemming, no stop words. */
export function rougeTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** An answer is scored without its [n] citation markers and markdown symbols. */
export function rougeAnswerText(answer: string): string {
  return answer.replace(/\[\d+\]/g, ' ').replace(/[*_#>`]/g, ' ');
}

export function rouge(answer: string, reference: string): RougeScores {
  const candidate = rougeTokens(rougeAnswerText(answer));
  const target = rougeTokens(reference);
  return {
    rouge1: rougeN(candidate, target, 1),
    rouge2: rougeN(candidate, target, 2),
    rougeL: rougeL(candidate, target),
  };
}

/** Clipped n-gram overlap. */
export function rougeN(candidate: string[], reference: string[], n: number): number {
  const candidateCounts = ngramCounts(candidate, n);
  const referenceCounts = ngramCounts(reference, n);
  let overlap = 0;
  for (const [gram, count] of candidateCounts) overlap += Math.min(count, referenceCounts.get(gram) ?? 0);
  return f1(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** Longest common subsequence over the whole token sequences. */
export function rougeL(candidate: string[], reference: string[]): number {
  if (candidate.length === 0 || reference.length === 0) return 0;
  let previous = new Uint32Array(reference.length + 1);
  let current = new Uint32Array(reference.length + 1);
  for (let i = 1; i <= candidate.length; i += 1) {
    for (let j = 1; j <= reference.length; j += 1) {
      current[j] =
        candidate[i - 1] === reference[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return f1(previous[reference.length]!, candidate.length, reference.length);
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let index = 0; index + n <= tokens.length; index += 1) {
    const gram = tokens.slice(index, index + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function f1(overlap: number, candidateTotal: number, referenceTotal: number): number {
  if (!overlap || !candidateTotal || !referenceTotal) return 0;
  const precision = overlap / candidateTotal;
  const recall = overlap / referenceTotal;
  return (200 * precision * recall) / (precision + recall);
}

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rouge, rougeAnswerText, rougeTokens } from './rouge.js';

// The evaluation's reference, beside the project checkout: ../shared/eval/rouge.mjs.
const referencePath = fileURLToPath(new URL('../../../shared/eval/rouge.mjs', import.meta.url));

const pairs: [string, string][] = [
  ['The committee agreed the budget [1].', 'The committee agreed the budget.'],
  ['**Minute 12** — the cat sat on the mat [2]', 'the cat sat on the mat'],
  ['the the the the', 'the cat'],
  [
    'Mr Smith said the wage subsidy was too rigid [1] and asked when it would be fixed [2].',
    'Mr Smith asked the government when it would fix the rigid wage subsidy.',
  ],
  ['', 'anything'],
  ['something', ''],
  [
    'Café £23.3m overspend, 1.6% of budget_total > forecast',
    'The forecast overspend was £23.3 million, 1.6 per cent of the budget.',
  ],
  ['a b c d e f', 'f e d c b a'],
  ['`code` # heading > quote _under_', 'code heading quote under'],
];

describe('rouge', () => {
  it('scores identical texts 100 and disjoint texts 0', () => {
    expect(rouge('The budget was agreed.', 'the budget was agreed')).toEqual({ rouge1: 100, rouge2: 100, rougeL: 100 });
    expect(rouge('alpha beta', 'gamma delta')).toEqual({ rouge1: 0, rouge2: 0, rougeL: 0 });
  });

  it('clips repeated words and drops citation markers and markdown before scoring', () => {
    expect(rougeTokens(rougeAnswerText('**The** cat [12] sat_down'))).toEqual(['the', 'cat', 'sat', 'down']);
    // "the" ×4 against one "the": one match of four candidate words and two reference words.
    expect(rouge('the the the the', 'the cat').rouge1).toBeCloseTo((200 * 0.25 * 0.5) / 0.75);
  });

  it('takes ROUGE-L from the longest common subsequence, not contiguous runs', () => {
    expect(rouge('a x b y c', 'a b c').rougeL).toBeCloseTo((200 * 0.6 * 1) / 1.6);
  });

  const missing = existsSync(referencePath) ? '' : ` (skipped: ${referencePath} is not there)`;
  it.skipIf(missing)(`matches ../shared/eval/rouge.mjs on every pair${missing}`, async () => {
    const reference = (await import(referencePath)) as { rouge: (answer: string, reference: string) => unknown };
    for (const [answer, target] of pairs)
      expect(rouge(answer, target), answer).toEqual(reference.rouge(answer, target));
  });
});

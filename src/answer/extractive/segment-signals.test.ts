import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../search/analyze-question.js';
import { intentBonus } from './segment-signals.js';

describe('intentBonus', () => {
  it("does not take a paragraph's number for a figure beside the thing counted", () => {
    const analysis = analyzeQuestion('How many play areas were refurbished last year?', {
      now: new Date('2025-06-01'),
    });
    const numbered = intentBonus('3.1 Play areas are inspected by the parks team each month.', undefined, analysis);
    const counted = intentBonus('Last year 14 play areas were refurbished.', undefined, analysis);
    expect(numbered).toBe(0);
    expect(counted).toBeGreaterThan(numbered);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../search/analyze-question.js';
import { rowAskedBonus } from './row-asked.js';

const now = new Date('2025-06-01');

// An invented place-planning table of the kind a commissioning plan prints: rows named by what is added,
// columns by when ("By 2027-28", "Post 2032").
const text = ['Area\tBy 2027-28\tPost 2032', 'Year R places\t2FE\t4FE', 'Year 7 places\t1FE\t3FE'].join('\n');
const chunk = { text, tableHeader: undefined };
const rowOf = (label: string) => ({
  start: text.indexOf(label),
  text: text.split('\n').find((line) => line.startsWith(label))!,
});

describe('rowAskedBonus', () => {
  it('picks a row the question names under a column the question names', () => {
    const table = ['Area\tTarget\tActual', 'Year R places\t4FE\t2FE', 'Year 7 places\t3FE\t1FE'].join('\n');
    const row = { start: table.indexOf('Year R'), text: 'Year R places\t4FE\t2FE' };
    const analysis = analyzeQuestion('what is the target for year r places?', { now });
    expect(rowAskedBonus({ text: table, tableHeader: undefined }, row, analysis)).toBeGreaterThan(0);
  });

  it('does not read "post-16" as asking for the column of a period "Post 2032"', () => {
    const analysis = analyzeQuestion('does the places plan cover early years and post-16 too?', { now });
    expect(rowAskedBonus(chunk, rowOf('Year R places'), analysis)).toBe(0);
  });

  it('picks the total row of a variance column when asked for an overspend', () => {
    const budget = [
      'Service\tBudget\tForecast\tVariance',
      'Waste\t6,420\t6,985\t565',
      'Total\t18,320\t19,457\t1,137',
    ].join('\n');
    const analysis = analyzeQuestion('what was the forecast overspend on the revenue budget?', { now });
    const total = { start: budget.indexOf('Total'), text: 'Total\t18,320\t19,457\t1,137' };
    const waste = { start: budget.indexOf('Waste'), text: 'Waste\t6,420\t6,985\t565' };
    expect(rowAskedBonus({ text: budget, tableHeader: undefined }, total, analysis)).toBeGreaterThan(0);
    expect(rowAskedBonus({ text: budget, tableHeader: undefined }, waste, analysis)).toBe(0);
  });
});

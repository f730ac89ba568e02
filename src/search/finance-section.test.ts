import { describe, expect, it } from 'vitest';
import { isFinanceSection, moneyWordsIn } from './finance-section.js';

describe('finance sections of a report', () => {
  it('recognises the headings reports give their section on money', () => {
    expect(isFinanceSection('4. Financial Implications')).toBe(true);
    expect(isFinanceSection('Finance and Resource Implications')).toBe(true);
    expect(isFinanceSection('6. Finance')).toBe(true);
    expect(isFinanceSection('Budget')).toBe(true);
    expect(isFinanceSection('5. Legal implications')).toBe(false);
    expect(isFinanceSection('Background')).toBe(false);
    expect(isFinanceSection(undefined)).toBe(false);
  });

  it('finds the words by which a question asks about money', () => {
    expect(moneyWordsIn('Who pays for the skate ramp, and its yearly upkeep cost?')).toEqual(['pays', 'cost']);
    expect(moneyWordsIn('When does the library reopen?')).toEqual([]);
  });
});

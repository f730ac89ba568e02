import { describe, expect, it } from 'vitest';
import {
  implicationsHeadingExpansions,
  isFinanceSection,
  isImplicationsSectionAsked,
  moneyWordsIn,
} from './implications-section.js';

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

  it("reaches a report's legal, equalities, staff or data implications from a question naming them", () => {
    const legal = 'is there a legal risk in closing the depot?';
    expect(isImplicationsSectionAsked('6. Legal implications', legal)).toBe(true);
    expect(isImplicationsSectionAsked('7. Legal Advice and Implications', legal)).toBe(true);
    expect(isImplicationsSectionAsked('13. Risks and Mitigation', legal)).toBe(false);
    expect(isImplicationsSectionAsked('6. Legal implications', 'why is the depot closing?')).toBe(false);
    expect(isImplicationsSectionAsked('Equalities implications', 'any equality impact of the closure?')).toBe(true);
    expect(isImplicationsSectionAsked('4. Financial Implications', 'what will the closure cost?')).toBe(true);
    expect(isImplicationsSectionAsked('4. Financial Implications', legal)).toBe(false);
  });

  it('lets "implications" hold the risk a question asks of a named matter, and no other risk', () => {
    expect(implicationsHeadingExpansions('what legal risks does closing the depot carry?')).toEqual([
      { used: 'risks', alternatives: ['implications'] },
    ]);
    expect(implicationsHeadingExpansions('what are the risks of closing the depot?')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { makeMinutes } from '../../../test/support/make-paper.js';
import { chunkLexemes, preparedChunkLexemes, quoteLexeme, tsvectorText } from './chunk-lexemes.js';
import { textQueries, textTerm } from './plan-text-query.js';

describe('chunkLexemes', () => {
  it('holds each content stem at its positions and each adjacent pair at the first word, stop words skipped', () => {
    expect(chunkLexemes('Needs and disabilities: needs met')).toEqual({
      lexemes: "'need':1,3 'need_disabl':1 'disabl':2 'disabl_need':2 'need_met':3 'met':4",
      pairs: ['need_disabl', 'disabl_need', 'need_met'],
    });
  });

  it('lists a pair token once however often it recurs', () => {
    expect(chunkLexemes('parking permits, parking permits').pairs).toEqual(['park_permit', 'permit_park']);
  });

  it('has nothing for a text of stop words', () => {
    expect(chunkLexemes('and the of')).toEqual({ lexemes: '', pairs: [] });
  });

  it("reads a prepared chunk's stems back from its pair tokens, as tokenising its text again finds them", () => {
    const { prepared } = makeMinutes('wardens.md', {
      date: 'Tuesday 4 June 2024',
      items: [
        ['Bins', "The warden's report: 4,212 bins (37%) emptied; a B-road closed, and the café's hours changed."],
        ['Allotments', 'Of the.'],
        ['4', 'x y'],
      ],
    });
    expect(prepared.chunks.length).toBeGreaterThan(0);
    const textForm = (chunk: { searchText: string; searchPairs: string }) => {
      const built = preparedChunkLexemes(chunk);
      return { lexemes: tsvectorText(built), pairs: built.pairs };
    };
    for (const chunk of prepared.chunks) expect(textForm(chunk)).toEqual(chunkLexemes(chunk.searchText));
    // A text of one content word has no pair tokens to read the stem back from.
    expect(textForm({ searchText: 'Allotments', searchPairs: '' })).toEqual(chunkLexemes('Allotments'));
  });

  it('quotes lexemes so no input can break out of the literal', () => {
    expect(quoteLexeme("o'neil\\")).toBe("'o''neil\\\\'");
  });
});

describe('textTerm', () => {
  it('looks a phrase up by its pair tokens and a single word by its stem', () => {
    expect(textTerm('Special educational needs')).toEqual({
      expression: "('special_educ' & 'educ_need')",
      lexemes: ['special_educ', 'educ_need'],
    });
    expect(textTerm('the Libraries')).toEqual({ expression: "'librari'", word: 'librari', lexemes: ['librari'] });
    expect(textTerm('  of the ')).toBeUndefined();
  });

  it('matches any term and ranks by every lexeme OR-ed', () => {
    const terms = [textTerm('home education')!, textTerm('education')!];
    expect(textQueries(terms)).toEqual({ match: "('home_educ') | 'educ'", rank: "'home_educ' | 'educ'" });
  });
});

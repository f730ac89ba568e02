import { describe, expect, it } from 'vitest';
import { addClosedForms, contentTerms, stem, words } from './tokenize.js';

describe('words', () => {
  it('lower-cases words and keeps figures whole', () => {
    expect(words('3,666 concerns (55%) in 2022/23')).toEqual(['3666', 'concerns', '55', 'in', '2022', '23']);
  });

  it('drops possessives and apostrophes, and markup', () => {
    expect(words("The Council's <b>children’s</b> services")).toEqual(['the', 'council', 'children', 'services']);
    expect(words("don't")).toEqual(['dont']);
  });

  it("spells a passage's hyphenated compounds both ways, but not a question's", () => {
    expect(words('out-turn')).toEqual(['out', 'turn']);
    expect(words(addClosedForms('out-turn'))).toEqual(['out', 'turn', 'outturn']);
    expect(addClosedForms('self-neglect and 2022-23')).toBe('self-neglect selfneglect and 2022-23');
  });

  it("spells a passage's dotted initialisms closed too, leaving lower-case abbreviations alone", () => {
    expect(contentTerms(addClosedForms('Harbour dues paid by U.S. barges and P.E.I. trawlers, i.e. 4 p.m.'))).toEqual(
      expect.arrayContaining(['us', 'pei']),
    );
    expect(words(addClosedForms('i.e. at 4 p.m.'))).toEqual(['i', 'e', 'at', '4', 'p', 'm']);
  });

  it('normalises compatibility characters such as ligatures and full-width digits', () => {
    expect(words('ﬁnance ２０２４')).toEqual(['finance', '2024']);
  });

  it('finds the same words in ASCII with typographic marks as in text that needs Unicode handling', () => {
    // Appending a letter with an accent takes a text off the quicker path for plain text; its words
    // must not change but for that letter's.
    const marks =
      'a\u00a0b £4,250 ¢ c–d — ‘e’ “f” • g… €9 The Ferry Trust’s self-build, i.e. 2024/25 (N.H.S.)\f<i>x</i>';
    for (const text of [marks, marks.toUpperCase(), `${marks}\u2122`]) {
      expect(words(text)).toEqual(words(`${text} é`).slice(0, -1));
      expect(addClosedForms(text)).toBe(addClosedForms(`${text} é`).slice(0, -2));
    }
    expect(words('™ ½ ₂ Ⅳ')).toEqual(['tm', '1', '2', '2', 'iv']);
  });

  it("drops accents, so a name typed without them meets the papers' spelling", () => {
    expect(words('Cr Tūhoe at Kōura Bay; Cllr Seán Ó Dálaigh; Ysgol Tŷ Gwyn')).toEqual(
      words('Cr Tuhoe at Koura Bay; Cllr Sean O Dalaigh; Ysgol Ty Gwyn'),
    );
  });
});

describe('contentTerms', () => {
  it('removes stop words and stems the rest as the full-text index does', () => {
    expect(contentTerms('What was said about the fostering of children?')).toEqual(['said', 'foster', 'children']);
  });

  it('keeps numbers unstemmed and drops single letters', () => {
    expect(contentTerms('a 5 b items')).toEqual(['5', 'item']);
    expect(stem('2023')).toBe('2023');
    expect(stem('educated')).toBe(stem('educate'));
  });

  it('joins a noun made from a verb to the verb the stemmer leaves it apart from', () => {
    expect(contentTerms('the closure of the footbridge')).toEqual(contentTerms('closes the footbridge'));
    expect(stem('exclusions')).toBe(stem('excluded'));
    expect(stem('disclosure')).toBe(stem('disclose'));
    // A noun whose sense left its verb stays apart: education "provision" is not "provide".
    expect(stem('provision')).not.toBe(stem('provide'));
  });

  it('joins a noun in "ff" to the forms the stemmer undoubles it in', () => {
    expect(contentTerms('staffing shortages')).toEqual(contentTerms('staff shortages'));
    expect(stem('staffed')).toBe(stem('staffs'));
    expect(stem('tariffs')).toBe(stem('tariffed'));
    // Doubles the stemmer keeps stay as they are.
    expect(stem('falling')).toBe('fall');
    expect(stem('assessing')).toBe('assess');
  });
});

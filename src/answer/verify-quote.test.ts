import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyQuote } from './verify-quote.js';

// The evaluation's reference normalisation, restated so the test does not depend on the eval code.
function referenceNormalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[*_`#]/g, '')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase()
    .replace(/,/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('verifyQuote', () => {
  it('returns the verbatim span when the quote matches exactly', () => {
    const passage = 'The Chair thanked the officer. That the update be noted.';
    expect(verifyQuote('That the update be noted.', passage)).toEqual({
      start: 31,
      end: 56,
      text: 'That the update be noted.',
    });
  });

  it('ignores case, line breaks, commas and markdown emphasis but cites the original text', () => {
    const passage =
      '**Resolved: - That**\n\n- 1) The Improving Lives Select Commission accept the presentation,\n  and note the progress made.';
    const match = verifyQuote(
      'resolved: - that - 1) the improving lives select commission accept the presentation and note',
      passage,
    );
    expect(match?.text).toBe(
      'Resolved: - That**\n\n- 1) The Improving Lives Select Commission accept the presentation,\n  and note',
    );
    expect(match?.start).toBe(2);
  });

  it('treats curly and straight quotes, and dash variants, alike', () => {
    const passage = 'It stated at 436a “to make arrangements” between 10:00–11:00am.';
    expect(verifyQuote('436a "to make arrangements" between 10:00-11:00am', passage)?.text).toBe(
      '436a “to make arrangements” between 10:00–11:00am',
    );
  });

  it('reads HTML tags as spaces, as the evaluation does', () => {
    const passage = 'A visit was arranged for the 22<sup>nd</sup> November at Riverside House.';
    expect(verifyQuote('22 nd November at Riverside House', passage)?.text).toBe(
      '22<sup>nd</sup> November at Riverside House',
    );
    expect(verifyQuote('22nd November', passage)).toBeUndefined();
  });

  it('applies NFKC so compatibility characters match their plain forms', () => {
    const passage = 'Budget ﬁgures for ２０２４ were agreed.';
    expect(verifyQuote('figures for 2024', passage)?.text).toBe('ﬁgures for ２０２４');
  });

  it('rejects quotes that are not in the passage, or say nothing', () => {
    const passage = 'That the Work Programme be approved.';
    expect(verifyQuote('That the Work Programme be rejected.', passage)).toBeUndefined();
    expect(verifyQuote('  ** , ', passage)).toBeUndefined();
    expect(verifyQuote('', passage)).toBeUndefined();
  });

  it('finds every word-aligned excerpt of a real paper and maps it back to an equivalent span', () => {
    const text = readFileSync(new URL('../../corpus/000_71088af9a53d8a0a.txt', import.meta.url), 'utf8');
    const passage = text.slice(text.indexOf('**126. ELECTIVE HOME EDUCATION'), text.indexOf('**127. WORK PROGRAMME'));
    const words = [...passage.matchAll(/\S+/g)];
    for (let first = 0; first < words.length - 12; first += 7) {
      const from = words[first]?.index as number;
      const lastWord = words[first + 11] as RegExpMatchArray;
      const excerpt = passage.slice(from, (lastWord.index as number) + lastWord[0].length);
      const match = verifyQuote(excerpt, passage);
      expect(match, excerpt).toBeDefined();
      expect(referenceNormalize(match?.text ?? '')).toBe(referenceNormalize(excerpt));
    }
  });
});

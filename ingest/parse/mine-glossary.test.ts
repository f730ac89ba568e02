import { describe, expect, it } from 'vitest';
import { parseCorpusPaper } from '../../test/support/parse-corpus-paper.js';
import { mineGlossary } from './mine-glossary.js';

const longFormOf = (text: string, short: string): string | undefined =>
  mineGlossary(text).find((entry) => entry.short === short)?.long;

describe('mineGlossary', () => {
  it('finds "Elective Home Education (EHE)"-style definitions', () => {
    expect(mineGlossary('There were 523 children in Elective Home Education (EHE) at the end of term.')).toEqual([
      { short: 'EHE', long: 'Elective Home Education' },
    ]);
  });

  it('skips joining words, spells hyphenated words by their parts and drops a plural s', () => {
    expect(longFormOf('Not in Education, Employment or Training (NEET) rates fell.', 'NEET')).toBe(
      'Not in Education Employment or Training',
    );
    expect(longFormOf('the Multi-Agency Risk Assessment Conferences (MARACs) met', 'MARAC')).toBe(
      'Multi-Agency Risk Assessment Conferences',
    );
    expect(longFormOf('Department for Education (DfE) funding', 'DfE')).toBe('Department for Education');
    expect(longFormOf("to undertake Safeguarding Adults Review's (SAR).", 'SAR')).toBe('Safeguarding Adults Review');
  });

  it('does not stretch back over a sentence or a line break', () => {
    expect(mineGlossary('It was Home. Education (HE) followed.')).toEqual([]);
    expect(mineGlossary('Elective Home\n(EHE) was discussed')).toEqual([]);
  });

  it('avoids brackets that are not definitions', () => {
    const text = [
      'Councillor Pitchley (Chair) opened the meeting.',
      'A review (Samantha) was published.',
      'Minutes of the meeting (Pages 5 - 18) were agreed.',
      'Members were asked to reply promptly (ASAP).',
      'The total was 573 (TBC).',
      'See the appendix (A) for detail.',
    ].join('\n');
    expect(mineGlossary(text)).toEqual([]);
  });

  it('finds the acronyms the papers define, such as EHE, SEND and ILACS', () => {
    const entries = mineGlossary(parseCorpusPaper('004').text);
    const byShort = new Map(entries.map((entry) => [entry.short, entry.long]));
    expect(byShort.get('EHE')).toBe('Elective Home Educated');
    expect(byShort.get('SEND')).toBe('Special Educational Needs and Disabilities');
    expect(byShort.get('ILACS')).toBe("Inspection of Local Authority Children's Services");
    expect(byShort.get('LGA')).toBe('Local Government Association');
    for (const { long } of entries) expect(long.split(/\s+/).length).toBeGreaterThanOrEqual(2);
    expect(entries.every(({ short }) => /^[A-Z][A-Za-z&]+$/.test(short))).toBe(true);
  });
});

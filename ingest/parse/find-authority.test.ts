import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { placeWords } from '../../src/core/authority-names.js';
import { onlyPart } from '../../test/support/parse-corpus-paper.js';
import { parseDocument } from './parse-document.js';

function authorityOf(text: string): string | undefined {
  const parsed = parseDocument({ source: 'paper.txt', text, sha256: createHash('sha256').update(text).digest('hex') });
  return onlyPart(parsed, 'minutes').authority;
}

describe('the authority printed over a board or council that is no "council"', () => {
  it("reads an academy trust's name over its trustees' minutes, and a municipality over its council's", () => {
    const trust = [
      'ASHCOMBE SCHOOLS TRUST',
      '',
      'Minutes of the Board of Trustees',
      'Wednesday 4 June 2031, 5.30 pm, Trust Office, Mill Street',
      '',
      '1. Apologies',
      'None were received.',
      '',
      '2. Admissions Policy',
      'Resolved: That the admissions policy for 2032 be approved.',
    ].join('\n');
    expect(authorityOf(trust)).toBe('Ashcombe Schools Trust');
    const municipality = [
      'KWANDEBELE LOCAL MUNICIPALITY',
      '',
      'MINUTES OF THE ORDINARY COUNCIL MEETING HELD IN THE COUNCIL CHAMBER ON THURSDAY, 29 JULY 2032 AT 10:00',
      '',
      '1. OPENING AND WELCOME',
      'The Speaker welcomed all present.',
      '',
      '2. WATER SUPPLY',
      'RESOLVED: That the water tanker contract be extended by three months.',
    ].join('\n');
    expect(authorityOf(municipality)).toBe('Kwandebele Local Municipality');
  });

  it('keeps the place of such a name, not the words every trust or municipality shares', () => {
    expect(placeWords('Ashcombe Schools Trust')).toEqual(['ashcombe']);
    expect(placeWords('Kwandebele Local Municipality')).toEqual(['kwandebele']);
  });
});

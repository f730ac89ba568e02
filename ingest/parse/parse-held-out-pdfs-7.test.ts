import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/core/paper.js';
import { onlyPart } from '../../test/support/parse-corpus-paper.js';
import { parseDocument } from './parse-document.js';

// Invented papers of kinds first met in test/fixtures/held-out-pdfs-7, as the PDF reader writes them.
function parse(text: string): ParsedDocument {
  return parseDocument({ source: 'paper.txt', text, sha256: createHash('sha256').update(text).digest('hex') });
}

describe('a report headed by its council, then "<Committee> – <date>" on one line', () => {
  const head = (line: string): string =>
    [
      'BRINDLEY COUNTY COUNCIL',
      line,
      'Library Opening Hours',
      'Report of the Director of Communities',
      '',
      '1. Summary',
      '',
      'The county runs 23 libraries. Visits fell by 9 per cent in 2032/33.',
      '',
      '2. Recommendations',
      '',
      'That the committee comment on the proposed opening hours.',
    ].join('\n');

  it('reads the committee the report goes to and the day it meets', () => {
    const report = onlyPart(parse(head('Communities Overview and Scrutiny Committee – 14 June 2033')), 'report');
    expect(report).toMatchObject({
      committee: 'Communities Overview and Scrutiny Committee',
      meetingDate: '2033-06-14',
    });
  });

  it('takes no date from a line whose part before the dash is more than a body’s name', () => {
    const report = onlyPart(parse(head('Visits to the Committee Rooms – 14 June 2033')), 'report');
    expect(report.meetingDate).toBeNull();
  });
});

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/core/paper.js';
import { htmlToText } from '../read/html-to-text.js';
import { parseDocument } from './parse-document.js';

// Invented papers of kinds first met in test/fixtures/held-out-layouts-12b: a city's resolution printed in capitals
// with its recitals, and web minutes that name their council only in the page title.
function parse(text: string): ParsedDocument {
  return parseDocument({ source: 'paper.txt', text, sha256: createHash('sha256').update(text).digest('hex') });
}

describe('a city resolution whose enacting clause is printed in capitals', () => {
  const text = [
    'CITY OF MILLBROOK',
    '',
    'RESOLUTION NO. 2037-41',
    '',
    'A RESOLUTION AUTHORIZING PAID PARKING ON FENWICK STREET',
    '',
    'WHEREAS, the Fenwick Street spaces were found occupied 96 percent of the time; and',
    '',
    'WHEREAS, the Parking Advisory Board recommended metered parking;',
    '',
    'NOW, THEREFORE, BE IT RESOLVED BY THE CITY COUNCIL OF THE CITY OF MILLBROOK:',
    '',
    'Section 1. Paid parking is authorized on Fenwick Street at a rate of $1.50 per hour.',
    '',
    'PASSED AND ADOPTED this 9th day of June, 2037, by the following vote:',
    'AYES: Councilmembers Delacroix, Huang',
  ].join('\n');

  it('is the record of the council that resolved, on the day it was adopted', () => {
    expect(parse(text).parts).toEqual([
      expect.objectContaining({
        committee: 'City Council',
        meetingDate: '2037-06-09',
        title: 'Resolution No. 2037-41',
      }),
    ]);
  });

  it('keeps its recitals apart from what it resolved', () => {
    const [part] = parse(text).parts;
    const sections = part!.sections.map((section) => [section.heading, text.slice(section.start, section.end)]);
    expect(sections.map(([heading]) => heading)).toEqual(['Resolution No. 2037-41', 'Recitals', 'Resolved']);
    expect(sections[1]![1]).toMatch(/^WHEREAS, the Fenwick Street spaces[\s\S]*recommended metered parking;$/);
    expect(sections[2]![1]).toMatch(/^NOW, THEREFORE, BE IT RESOLVED[\s\S]*Delacroix, Huang$/);
  });
});

describe('web minutes that name their council only in the page title', () => {
  it('are filed under the council the title names', () => {
    const html =
      '<html><head><title>Minutes - Licensing Committee - Thursday, 3rd May, 2035 - Orlbury Borough Council</title>' +
      '</head><body><h1>Minutes</h1><p>Licensing Committee</p><p>Date: Thursday, 3rd May, 2035 Time: 10.00 am</p>' +
      '<h2>12. Street trading consent</h2><p>RESOLVED: That the consent be granted for twelve months.</p></body></html>';
    expect(parse(htmlToText(html)).parts).toEqual([
      expect.objectContaining({
        kind: 'minutes',
        committee: 'Licensing Committee',
        authority: 'Orlbury Borough Council',
        meetingDate: '2035-05-03',
      }),
    ]);
  });
});

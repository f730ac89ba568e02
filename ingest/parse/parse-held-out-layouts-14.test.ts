import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/core/paper.js';
import { parseDocument } from './parse-document.js';

// Invented papers of kinds first met in test/fixtures/held-out-layouts-14.
function parse(text: string): ParsedDocument {
  return parseDocument({ source: 'paper.txt', text, sha256: createHash('sha256').update(text).digest('hex') });
}

function itemNumbers(text: string): string[] {
  return parse(text).parts.flatMap((part) => part.minutes?.items.map((item) => item.number) ?? []);
}

describe("an Australian shire's minutes numbering a directorate's reports a level deeper", () => {
  const text = [
    'SHIRE OF WARRAMUNGA',
    '',
    'MINUTES OF THE ORDINARY COUNCIL MEETING held on Wednesday 14 March 2035',
    '',
    '4. CONFIRMATION OF MINUTES',
    'That the minutes of 15 February 2035 be confirmed.',
    'CARRIED 7/0',
    '',
    '10. INFRASTRUCTURE SERVICES',
    '',
    '10.1.1 TENDER RFT 02/2035 – GRAVEL RESHEETING',
    "OFFICER'S RECOMMENDATION",
    'That Council award the tender to Redgum Civil for $412,000.',
    'COUNCIL RESOLUTION OCM 2035/041',
    'CARRIED 6/1',
    '',
    '10.1.2 DEPOT WASHDOWN BAY',
    'COUNCIL RESOLUTION OCM 2035/042',
    'That Council defer the washdown bay to 2036.',
    'CARRIED 7/0',
    '',
    '11. CORPORATE SERVICES',
    '',
    '11.1 LIST OF ACCOUNTS PAID',
    'COUNCIL RESOLUTION OCM 2035/043',
    'CARRIED 7/0',
  ].join('\n');

  it('makes each report its own item, cited by its own number', () => {
    expect(itemNumbers(text)).toEqual(['4', '10', '10.1.1', '10.1.2', '11', '11.1']);
  });
});

describe("a New Zealand local board's minutes headed in te reo and English, skipping items with no business", () => {
  const text = [
    'Tōtara Heights Local Board',
    'OPEN MINUTES',
    '',
    'Minutes of a meeting of the Tōtara Heights Local Board held on Wednesday, 9 May 2035 at 5.00pm.',
    '',
    '1  Nau mai | Welcome',
    'The Chairperson opened the meeting with a karakia.',
    '',
    '2  Ngā Tamōtanga | Apologies',
    'There were no apologies.',
    '',
    '3  Te Whakaū i ngā Āmiki | Confirmation of Minutes',
    'Resolution number TH/2035/20',
    'CARRIED',
    '',
    '7  Local Board Grants Round Two',
    'Resolution number TH/2035/23',
    'a) approve grants totalling $41,200.',
    'CARRIED',
    '',
    '8  Skate Park Renewal',
    'Resolution number TH/2035/24',
    'CARRIED',
  ].join('\n');

  it('takes each heading after the skipped numbers for an item of its own', () => {
    expect(itemNumbers(text)).toEqual(['1', '2', '3', '7', '8']);
  });
});

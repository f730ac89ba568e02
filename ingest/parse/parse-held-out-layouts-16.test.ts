import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/core/paper.js';
import { parseDocument } from './parse-document.js';

// Invented papers of kinds first met in test/fixtures/held-out-layouts-16: a US city council's "Action Summary"
// as agenda management systems print it, and a Channel Island parish assembly opened by a sentence.
function parse(text: string): ParsedDocument {
  return parseDocument({ source: 'paper.txt', text, sha256: createHash('sha256').update(text).digest('hex') });
}

describe('a US city council action summary', () => {
  const text = [
    'City of Marrow Springs',
    '410 Juniper Avenue',
    '',
    'Action Summary',
    'City Council',
    '',
    'Tuesday, September 11, 2035          6:00 PM          Council Chambers',
    '',
    'Mayor Dolores Quintero',
    'Councilmember Harriet Obuya',
    '',
    '1. CALL TO ORDER',
    '',
    'The meeting was called to order at 6:02 PM by Mayor Quintero.',
    '',
    '2. ROLL CALL',
    '',
    'Present: 2 - Mayor Quintero and Councilmember Obuya',
  ].join('\n');

  it('reads the roll call counted before its names, the mayor first', () => {
    const [minutes] = parse(text).parts.filter((part) => part.kind === 'minutes');
    expect(minutes?.minutes?.present).toEqual([
      { name: 'Mayor Quintero', chair: true },
      { name: 'Obuya', chair: false },
    ]);
  });

  it('is the minutes of the council, dated by the line under its title', () => {
    expect(parse(text).parts).toContainEqual(
      expect.objectContaining({ kind: 'minutes', committee: 'City Council', meetingDate: '2035-09-11' }),
    );
  });
});

describe('minutes that open on a sentence saying when the meeting was held', () => {
  const text = [
    'PARISH OF ST. AUBINET',
    '',
    'An Assembly of the Principals and Officers of the Parish of St. Aubinet was held at the Parish Hall on',
    'Wednesday the 24th day of September 2036 at 7.30 p.m., the Connétable presiding.',
    '',
    'The Connétable declared the Assembly duly convened, the notice having been published in the Gazette on 10',
    'September 2036.',
    '',
    'Present: 42 Principals and Officers.',
    '',
    'Item 1. Minutes',
    '',
    'The minutes of the Assembly of 18 June 2036 were read and approved.',
  ].join('\n');

  it('is dated by the day it was held, not by the day its notice was published', () => {
    const minutes = parse(text).parts.filter((part) => part.kind === 'minutes');
    expect(minutes.map((part) => part.meetingDate)).toEqual(['2036-09-24']);
  });

  it('is the body its bilingual heading names', () => {
    const headed = text.replace('\n\nAn Assembly', '\n\nASSEMBLÉE PAROISSIALE / PARISH ASSEMBLY\n\nAn Assembly');
    const minutes = parse(headed).parts.filter((part) => part.kind === 'minutes');
    expect(minutes.map(({ committee, meetingDate }) => ({ committee, meetingDate }))).toEqual([
      { committee: 'Parish Assembly', meetingDate: '2036-09-24' },
    ]);
  });
});

describe("a parish's annual meeting of electors and its council's meeting in one file", () => {
  const text = [
    'KIRKBY FENWOLD PARISH COUNCIL',
    '',
    'PART ONE',
    'ANNUAL PARISH MEETING',
    'held on Monday 7 April 2036 at 7.00pm in Kirkby Fenwold Village Hall',
    '',
    'Present: 31 electors, Cllr Astley, Cllr Lowe',
    '',
    "1. Chairman's annual report",
    'The playing field drainage works had been completed at a cost of £16,400.',
    '',
    'PART TWO',
    'MINUTES OF THE ORDINARY MEETING OF KIRKBY FENWOLD PARISH COUNCIL',
    'held on Monday 21 April 2036 at 7.30pm in Kirkby Fenwold Village Hall',
    '',
    'PRESENT',
    'Cllr Rowan Astley (Chairman), Cllr Perpetua Lowe',
    '',
    '36/042 MINUTES',
    'RESOLVED that the minutes of the meeting held on 17 March 2036 be signed as a true record.',
  ].join('\n');

  it('dates each meeting by its own heading', () => {
    const minutes = parse(text).parts.filter((part) => part.kind === 'minutes');
    expect(minutes.map(({ committee, meetingDate }) => ({ committee, meetingDate }))).toEqual([
      { committee: 'Annual Parish Meeting', meetingDate: '2036-04-07' },
      { committee: 'Kirkby Fenwold Parish Council', meetingDate: '2036-04-21' },
    ]);
  });
});

describe("an action summary's matters under their file numbers", () => {
  const text = [
    'Action Summary',
    'City Council',
    '',
    'Tuesday, September 11, 2035          6:00 PM          Council Chambers',
    '',
    '4. PUBLIC HEARINGS',
    '',
    '35-0388',
    'Ordinance amending Chapter 14 of the Municipal Code to allow accessory dwelling units on lots of 5,000 square',
    'feet or more in the R-1 zone district (second reading)',
    '',
    'A motion was made by Mayor Pro Tem Lindqvist, seconded by Councilmember Fenwright, that this Ordinance be',
    'adopted on second reading. The motion carried by the following vote:',
    'Aye: 4 - Quintero, Lindqvist, Fenwright and Venkataraman',
    '',
    'Enactment No: ORD 2035-118',
    '',
    '35-0401',
    'Ordinance setting water rates for 2036 (first reading)',
    '',
    'A motion was made by Councilmember Venkataraman that this Ordinance be passed on first reading.',
    '',
    '5. ACTION ITEMS',
    '',
    '35-0427',
    'Award of construction contract for the Cottonwood Creek trail bridge',
    '',
    '6. ADJOURNMENT',
  ].join('\n');

  it('reads each matter as an item numbered by its file, the sections numbered on around them', () => {
    const [minutes] = parse(text).parts.filter((part) => part.kind === 'minutes');
    expect(minutes?.minutes?.items.map(({ number, title }) => ({ number, title }))).toEqual([
      { number: '4', title: 'PUBLIC HEARINGS' },
      {
        number: '35-0388',
        title:
          'Ordinance amending Chapter 14 of the Municipal Code to allow accessory dwelling units on lots of 5,000 square feet or more in the R-1 zone district (second reading)',
      },
      { number: '35-0401', title: 'Ordinance setting water rates for 2036 (first reading)' },
      { number: '5', title: 'ACTION ITEMS' },
      { number: '35-0427', title: 'Award of construction contract for the Cottonwood Creek trail bridge' },
      { number: '6', title: 'ADJOURNMENT' },
    ]);
  });
});

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/core/paper.js';
import { onlyPart } from '../../test/support/parse-corpus-paper.js';
import { parseDocument } from './parse-document.js';

// Invented papers of kinds first met in test/fixtures/held-out-layouts-11: minutes timed by the clock under a title
// whose date opens the next line.
function parse(text: string): ParsedDocument {
  return parseDocument({ source: 'paper.txt', text, sha256: createHash('sha256').update(text).digest('hex') });
}

const timed = [
  'ASHLOW MAGNA TOWN COUNCIL',
  '',
  'Minutes of the Recreation Committee',
  'Thursday 14 March 2041, Corn Exchange, Ashlow Magna',
  '',
  'Councillors present: Cllr Imelda Rooke (Chair), Cllr Saul Penhaligon, Cllr Vesna Tull',
  '',
  '6.30pm The meeting opened.',
  '6.31pm Apologies were received from Cllr Otto Brace.',
  '6.40pm Skate park lighting. Two quotes were compared. Resolved to accept the quote from Lumen Yard of £3,200.',
  '7.05pm Bowls green. The club asked for a longer lease. Members noted the request.',
  '7.20pm The meeting closed.',
].join('\n');

describe('minutes timed by the clock under a title dated on the next line', () => {
  const minutes = onlyPart(parse(timed), 'minutes');

  it('reads the committee from the title and the date from the line under it', () => {
    expect(minutes).toMatchObject({ committee: 'Recreation Committee', meetingDate: '2041-03-14' });
  });

  it('reads each line opening with the time as an item, titled by its first phrase', () => {
    expect(minutes.minutes!.items.map((item) => [item.number, item.title])).toEqual([
      ['6.30pm', 'The meeting opened'],
      ['6.31pm', 'Apologies were received from Cllr Otto Brace'],
      ['6.40pm', 'Skate park lighting'],
      ['7.05pm', 'Bowls green'],
      ['7.20pm', 'The meeting closed'],
    ]);
  });

  it('reads a "Resolved" sentence inside an item\'s paragraph as its decision', () => {
    const item = minutes.minutes!.items.find((candidate) => candidate.title === 'Skate park lighting')!;
    expect(item.resolutions.map((resolution) => resolution.text).join(' ')).toContain('Lumen Yard of £3,200');
    const bowls = minutes.minutes!.items.find((candidate) => candidate.title === 'Bowls green')!;
    expect(bowls.resolutions).toEqual([]);
  });
});

describe('a US resolution filed on its own', () => {
  const text = [
    'TOWN COUNCIL',
    'TOWN OF BIRCH HOLLOW, VERMONT',
    '',
    'RESOLUTION NO. 41-B',
    '',
    'A RESOLUTION ADOPTING THE BIRCH HOLLOW TRAILS MASTER PLAN',
    '',
    'WHEREAS, the trails committee held four public workshops in 2039; and',
    '',
    'WHEREAS, the plan proposes 6.5 miles of new multi-use trail;',
    '',
    'NOW, THEREFORE, BE IT RESOLVED by the Town Council of the Town of Birch Hollow that the Trails Master Plan is adopted.',
    '',
    'PASSED AND ADOPTED this 2nd day of October, 2040.',
  ].join('\n');

  it('is the record of the body that resolved, on the day it was adopted, titled by its number', () => {
    expect(parse(text).parts).toEqual([
      expect.objectContaining({
        committee: 'Town Council',
        meetingDate: '2040-10-02',
        title: 'Resolution No. 41-B',
      }),
    ]);
  });

  it('is not read as a resolution without its dated adoption line', () => {
    const undated = text.replace('PASSED AND ADOPTED this 2nd day of October, 2040.', 'Draft for consultation.');
    expect(parse(undated).parts[0]!.meetingDate).toBeNull();
  });
});

describe("an annual meeting of a parish's electors", () => {
  it('is filed under the Annual Parish Meeting, not the parish council that presides', () => {
    const text = [
      '# LOWER TANSBY PARISH',
      '',
      '**Minutes of the Annual Parish Meeting of the electors of Lower Tansby held on Thursday 11 May 2034 at 7pm in the Reading Room**',
      '',
      '**Present:** Cllr Oriel Vance (Chairman of the Parish Council, presiding) and 22 electors.',
      '',
      "**1. Chairman's report**",
      '',
      'The Chairman reported on the new village sign.',
      '',
      '**2. Matters raised by electors**',
      '',
      'An elector asked about the pond.',
      '',
      '**3. Close**',
      '',
      'The meeting closed at 8.30pm.',
    ].join('\n');
    expect(onlyPart(parse(text), 'minutes')).toMatchObject({
      committee: 'Annual Parish Meeting',
      meetingDate: '2034-05-11',
    });
  });
});

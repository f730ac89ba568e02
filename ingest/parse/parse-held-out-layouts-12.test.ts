import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/core/paper.js';
import { onlyPart } from '../../test/support/parse-corpus-paper.js';
import { parseDocument } from './parse-document.js';

// Invented papers of kinds first met in test/fixtures/held-out-layouts-12: a harbour board's minutes in parts A, B
// and C, a national park authority's planning minutes numbered "PC/05/32", a GP practice's patient group notes, a
// township's regular meeting and a charity's trustees.
function parse(text: string): ParsedDocument {
  return parseDocument({ source: 'paper.txt', text, sha256: createHash('sha256').update(text).digest('hex') });
}

describe("a harbour board's minutes with the day as a field and items in lettered parts", () => {
  const minutes = onlyPart(
    parse(
      [
        'TARNMOUTH HARBOUR COMMISSIONERS',
        '',
        'Minutes of the Board of Commissioners',
        'Meeting No. 88',
        '',
        'Date: Tuesday 3 June 2031',
        'Place: Harbour Office, Tarnmouth',
        '',
        'Commissioners present: Mr Ivo Penrose (Chair), Mrs Ada Trist',
        '',
        'PART A – ITEMS FOR DECISION',
        '',
        'A1. Minutes of Meeting No. 87',
        'The minutes of the meeting held on 4 March 2031 were approved.',
        '',
        'A2. Slipway Repairs',
        'The Board RESOLVED to accept the quote of £12,400 from Kernow Marine.',
        '',
        'PART B – ITEMS FOR INFORMATION',
        '',
        'B1. Harbour Master’s Report',
        'The Harbour Master reported 640 visiting yacht nights.',
        '',
        'B2. Finance',
        'The Board noted the report.',
      ].join('\n'),
    ),
    'minutes',
  );

  it('reads the day from the "Date:" field under the meeting number, and the commissioners as its authority', () => {
    expect(minutes).toMatchObject({
      committee: 'Board of Commissioners',
      authority: 'Tarnmouth Harbour Commissioners',
      meetingDate: '2031-06-03',
    });
  });

  it('reads part B starting again at 1 as items following on from part A', () => {
    expect(minutes.minutes!.items.map((item) => [item.number, item.title])).toEqual([
      ['A1', 'Minutes of Meeting No. 87'],
      ['A2', 'Slipway Repairs'],
      ['B1', 'Harbour Master’s Report'],
      ['B2', 'Finance'],
    ]);
  });
});

describe("a national park authority's planning minutes", () => {
  const minutes = onlyPart(
    parse(
      [
        'Fellmoor National Park Authority',
        '',
        'Minutes of the Planning Committee held at Beck House, Ulthwaite on Friday 5 March 2032 at 10.00 am',
        '',
        'Members present: Mr Ewan Rigg (Chair), Cllr Ada Thorn',
        '',
        'PC/11/32 Apologies for absence',
        'Apologies were received from Cllr Nia Dent.',
        '',
        'PC/12/32 Planning applications',
        '',
        '(1) NP/FM/31/0101 – High Gill Barn, Ulthwaite: conversion of a barn to a holiday let',
        'Decision: REFUSED for harm to highway safety.',
        '',
        '(2) NP/FM/31/0140 – Low Row, Ulthwaite: two affordable homes',
        'Decision: APPROVED subject to conditions.',
        '',
        'PC/13/32 Enforcement update',
        'RESOLVED: That the report be noted.',
      ].join('\n'),
    ),
    'minutes',
  );

  it('reads minutes numbered by the running number before the year as items', () => {
    expect(minutes.minutes!.items.map((item) => item.number)).toEqual([
      'PC/11/32',
      'PC/12/32',
      'NP/FM/31/0101',
      'NP/FM/31/0140',
      'PC/13/32',
    ]);
  });

  it('reads each listed application as an item titled by its site, with its own decision', () => {
    const barn = minutes.minutes!.items.find((item) => item.number === 'NP/FM/31/0101')!;
    expect(barn.title).toBe('High Gill Barn, Ulthwaite');
    expect(barn.resolutions.map((resolution) => resolution.text)).toEqual(['REFUSED for harm to highway safety.']);
  });
});

describe("a patient group's notes under its name", () => {
  const notes = parse(
    [
      'Eastgate Practice Patient Participation Group (PPG)',
      '',
      'Notes of meeting – 3rd May 2032, 6pm, Meeting Room, Eastgate Practice',
      '',
      'Attendees: Ann Lowe (Chair), Raj Patel',
      '',
      '1. Telephone access',
      'The practice manager said the wait at 8am had fallen to 6 minutes; the next meeting is on 12th July 2032.',
      'ACTION: AL to publish call answering figures monthly.',
      '',
      '2. Online consultation',
      'Requests are triaged by a GP by 11am.',
    ].join('\n'),
  ).parts[0]!;

  it('reads the body from the title line and the day from the notes line under it', () => {
    expect(notes).toMatchObject({
      committee: 'Eastgate Practice Patient Participation Group',
      meetingDate: '2032-05-03',
    });
  });

  it('reads the notes as minutes, item by item, so their ACTION lines reach the actions tracker', () => {
    expect(notes.kind).toBe('minutes');
    const [item] = notes.minutes!.items;
    expect(item).toMatchObject({ number: '1', title: 'Telephone access' });
  });

  it('leaves notes whose line under the title holds no day undated', () => {
    const undated = parse(
      ['Eastgate Practice Patient Participation Group', 'Notes of meeting – see the action log', '', '1. Phones'].join(
        '\n',
      ),
    ).parts[0]!;
    expect(undated.meetingDate).toBeNull();
  });
});

describe("a township council's regular meeting", () => {
  it('names the council by its township, not by the kind of meeting', () => {
    const minutes = onlyPart(
      parse(
        [
          'THE CORPORATION OF THE TOWNSHIP OF BIRCH NARROWS',
          '',
          'REGULAR MEETING OF COUNCIL',
          '',
          'MINUTES',
          '',
          'Tuesday, April 13, 2032, 6:30 p.m.',
          '',
          'Council Present: Reeve Ada Cole, Councillor Ben Roy',
          '',
          '1. CALL TO ORDER',
          'The Reeve called the meeting to order at 6:30 p.m.',
          '',
          '2. BY-LAWS',
          'THAT By-law 2032-20 be read a first, second and third time and finally passed.',
          'CARRIED',
        ].join('\n'),
      ),
      'minutes',
    );
    expect(minutes).toMatchObject({ committee: 'Birch Narrows Township Council', meetingDate: '2032-04-13' });
  });

  it('reads each by-law under the by-laws heading as a sub-item, its number and purpose as the title', () => {
    const minutes = onlyPart(
      parse(
        [
          'Township of Birch Narrows',
          'Regular Meeting of Council',
          'Minutes',
          'Tuesday, April 13, 2032',
          '',
          '8. BY-LAWS',
          '8.1 By-law 2032-20, being a by-law to establish fees and charges',
          'THAT By-law 2032-20 be read a first, second and third time and finally passed.',
          'CARRIED',
          '8.2 By-law 2032-21, being a by-law to stop up and close part of Cove Road',
          'THAT By-law 2032-21 be read a first and second time.',
          'CARRIED',
          '9. ADJOURNMENT',
        ].join('\n'),
      ),
      'minutes',
    );
    expect(minutes.minutes!.items.map((item) => item.number)).toEqual(['8', '8.1', '8.2', '9']);
    expect(minutes.minutes!.items[2]!.title).toBe(
      'By-law 2032-21, being a by-law to stop up and close part of Cove Road',
    );
  });
});

describe("a charity's trustees", () => {
  it('reads the foundation named over the minutes as the authority whose board met', () => {
    const minutes = onlyPart(
      parse(
        [
          'THE ELMSWORTH COMMUNITY FOUNDATION',
          '',
          'Minutes of the Meeting of the Board of Trustees',
          '',
          'Held on Saturday 6 December 2031 at 10.30 am at the Old School, Elmsworth',
          '',
          'Trustees present: Ada Pole (Chair), Ben Frost',
          '',
          '31/45 Apologies',
          'Apologies were received from Cyd Marr.',
          '',
          '31/46 Grants',
          'Decision: The Board approved grants totalling £9,500.',
        ].join('\n'),
      ),
      'minutes',
    );
    expect(minutes).toMatchObject({
      committee: 'Board of Trustees',
      authority: 'Elmsworth Community Foundation',
      meetingDate: '2031-12-06',
    });
  });
});

describe("a joint scrutiny inquiry's report to the executive", () => {
  it('reads the body and day from "Report to:" and "Date of Executive meeting:", the title from the heading above', () => {
    const report = onlyPart(
      parse(
        [
          '# Ashby and Fenn Joint Scrutiny Inquiry into Bus Services',
          '',
          'Report to: Ashby City Council Executive',
          'Date of Executive meeting: 2 December 2031',
          'Report of: Joint Scrutiny Inquiry Panel',
          '',
          '## 1. Purpose',
          '',
          '1.1 This report presents the 6 recommendations of the inquiry and the Executive response to each.',
        ].join('\n'),
      ),
      'report',
    );
    expect(report).toMatchObject({
      committee: 'Ashby City Council Executive',
      meetingDate: '2031-12-02',
      title: 'Ashby and Fenn Joint Scrutiny Inquiry into Bus Services',
    });
  });
});

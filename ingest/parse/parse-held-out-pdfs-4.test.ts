import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/core/paper.js';
import { onlyPart } from '../../test/support/parse-corpus-paper.js';
import { parseDocument } from './parse-document.js';

// Invented papers of kinds first met in test/fixtures/held-out-pdfs-4: an agenda whose items sit in a time column
// under a mixed-case committee and a numeric date, minutes dated in dots, a schedule of decisions dated "Meeting of
// <day>", and an agenda pack whose reports print only a title over "Report of <officer>".
function parse(text: string): ParsedDocument {
  return parseDocument({ source: 'paper.txt', text, sha256: createHash('sha256').update(text).digest('hex') });
}

describe('an agenda with a time column under "AGENDA" and "<Committee>, <venue>, 09/06/2033"', () => {
  const document = parse(
    [
      'AGENDA',
      'Leisure Committee, Orchard Rooms, 09/06/2033',
      '',
      '19:00\t1. Apologies for absence',
      '',
      '19:10\t2. Skate Park Resurfacing',
      'To consider three quotes for resurfacing the skate park at Marlpit Green.',
      '',
      '19:40\t3. Tennis Court Booking',
      'To receive a report on online booking of the Dene Road courts.',
    ].join('\n'),
  );

  it('reads the committee and the date of the meeting', () => {
    expect(onlyPart(document, 'agenda')).toMatchObject({ committee: 'Leisure Committee', meetingDate: '2033-06-09' });
  });

  it('reads each numbered item after its time', () => {
    const items = onlyPart(document, 'agenda').agenda!.items;
    expect(items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'Apologies for absence'],
      ['2', 'Skate Park Resurfacing'],
      ['3', 'Tennis Court Booking'],
    ]);
  });
});

describe('minutes dated in dots: "held on 7.6.33"', () => {
  it('reads the date where the header says a day follows', () => {
    const minutes = onlyPart(
      parse(
        [
          'BRAMWICK PARISH COUNCIL',
          'Minutes of the Parish Council meeting held on 7.6.33 at 7.00pm in the Scout Hut',
          '',
          'Present: Councillors Hilda Marchbank (Chair), Rufus Tennant and Olwen Price.',
          '',
          '31. Footpath Signs',
          'RESOLVED – That four new fingerposts be ordered.',
        ].join('\n'),
      ),
      'minutes',
    );
    expect(minutes.meetingDate).toBe('2033-06-07');
  });
});

describe('a schedule of decisions over "Meeting of <weekday> <date>, <venue>"', () => {
  it('is read as the named committee’s record of that day', () => {
    const minutes = onlyPart(
      parse(
        [
          'CARRICK VALE BOROUGH COUNCIL',
          'Licensing Committee – Schedule of Decisions',
          '',
          'Meeting of Thursday 14th July 2033, Room 4, Carrick House.',
          '',
          'Reference\tPremises\tDecision',
          'LIC/33/081\tThe Drovers Arms\tGranted with a condition on outdoor music',
        ].join('\n'),
      ),
      'minutes',
    );
    expect(minutes).toMatchObject({ committee: 'Licensing Committee', meetingDate: '2033-07-14' });
  });
});

describe('an agenda pack whose reports print only a title over "Report of <officer>"', () => {
  const document = parse(
    [
      'DENHOLM CITY COUNCIL',
      'Notice of Meeting',
      '',
      'Health Scrutiny Committee, Tuesday 20 September 2033 at 2.00pm, Council Chamber.',
      '',
      'Agenda',
      '1. Apologies',
      '2. Minutes of the meeting held on 12 July 2033 (pages 3 to 6)',
      '3. Dental Access',
      '4. Hospital Discharge Delays',
      '5. Work Programme',
      '6. Date of Next Meeting',
      '',
      'Minutes of a meeting of the Health Scrutiny Committee held on 12 July 2033',
      '',
      'Present: Councillors Priya Holt (Chair), Anselm Varga and Tess Morrow.',
      '',
      '17. Ambulance Handover Times',
      'RESOLVED – That the trust report again in the new year.',
      '',
      'Dental Access',
      '',
      'Report of the Director of Public Health.',
      '',
      'Only 38 per cent of adults in the city had seen an NHS dentist in the last two years.',
    ].join('\n'),
  );

  it('reads the notice’s first line as the committee and date of the meeting', () => {
    expect(onlyPart(document, 'agenda')).toMatchObject({
      committee: 'Health Scrutiny Committee',
      meetingDate: '2033-09-20',
    });
  });

  it('starts a report at a title over "Report of …", belonging to the pack’s meeting, not the earlier minutes', () => {
    expect(onlyPart(document, 'minutes').meetingDate).toBe('2033-07-12');
    expect(onlyPart(document, 'report')).toMatchObject({
      title: 'Dental Access',
      committee: 'Health Scrutiny Committee',
      meetingDate: '2033-09-20',
    });
  });
});

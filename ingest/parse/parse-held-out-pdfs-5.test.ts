import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/core/paper.js';
import { onlyPart, partsOfKind } from '../../test/support/parse-corpus-paper.js';
import { parseDocument } from './parse-document.js';

// Invented papers of kinds first met in test/fixtures/held-out-pdfs-5, as the PDF reader writes them: minutes
// behind a cover titled "<Committee> Minutes – <date>", short reports one after another in a pack, and a licensing
// record whose table rows the reader put on one line each.
function parse(text: string): ParsedDocument {
  return parseDocument({ source: 'paper.txt', text, sha256: createHash('sha256').update(text).digest('hex') });
}

describe('minutes behind a cover titled "<Committee> Minutes – <date>"', () => {
  it('reads the committee and the date from the cover’s title', () => {
    const minutes = onlyPart(
      parse(
        [
          'HALLOWFORD',
          'District Council',
          '',
          'Licensing Committee Minutes – 9 February 2033',
          '',
          'Present: Councillors Esme Tarrant (Chair), Otto Vance and Lila Brook.',
          '',
          '12. Taxi Fares',
          'RESOLVED – That the tariff rise by 3 per cent.',
          '',
          '13. Street Trading',
          'RESOLVED – That the consent fee stay at £900.',
        ].join('\n'),
      ),
      'minutes',
    );
    expect(minutes).toMatchObject({ committee: 'Licensing Committee', meetingDate: '2033-02-09' });
  });
});

describe('short reports of a pack, each a title over "Report of <officer>"', () => {
  it('starts a report at each title, however few lines the one before it has', () => {
    const reports = partsOfKind(
      parse(
        [
          'Harbour Dredging',
          '',
          'Report of the Harbour Master.',
          '',
          'The channel is to be dredged in October at a cost of £212,000.',
          '',
          'Beach Hut Rents',
          '',
          'Report of the Head of Leisure.',
          '',
          'Rents are to rise from £640 to £690 a year.',
        ].join('\n'),
      ),
      'report',
    );
    expect(reports.map((report) => report.title)).toEqual(['Harbour Dredging', 'Beach Hut Rents']);
  });
});

describe('a record of decisions whose table rows were read onto one line each', () => {
  const minutes = onlyPart(
    parse(
      [
        'Licensing Committee – Record of Decisions',
        '',
        'Meeting held on Wednesday, 9 March 2033, Council Chamber.',
        '',
        'Application\tPremises\tDecision',
        '',
        'LIC/33/41 New premises licence\tThe Sail Loft, 4 Quay Steps\tGranted, with live music ending at 10.30pm',
        '',
        'LIC/33/42 Variation of hours\tHarbour Stores, Fore Street\tRefused, because of thefts of alcohol',
      ].join('\n'),
    ),
    'minutes',
  );

  it('reads each row as an item titled by its first cell, its decision the cells after it', () => {
    expect(minutes.minutes!.items.map((item) => [item.number, item.title])).toEqual([
      ['LIC/33/41', 'New premises licence'],
      ['LIC/33/42', 'Variation of hours'],
    ]);
    expect(minutes.minutes!.items[1]!.resolutions.map((resolution) => resolution.text).join(' ')).toContain(
      'Refused, because of thefts of alcohol',
    );
  });
});

describe('a report headed only "Report to: <committee>" and "Date: <day>", its title unlabelled', () => {
  it('starts a report for that committee and meeting', () => {
    const document = parse(
      [
        'BRINEHOLM CITY COUNCIL',
        'Report to: Environment Scrutiny Committee',
        '',
        'Date: 14 March 2033',
        'Air Quality on the Inner Ring Road',
        '',
        'Background',
        'Nitrogen dioxide on the inner ring road averaged 44 micrograms a cubic metre in 2032.',
      ].join('\n'),
    );
    expect(onlyPart(document, 'report')).toMatchObject({
      committee: 'Environment Scrutiny Committee',
      meetingDate: '2033-03-14',
    });
  });
});

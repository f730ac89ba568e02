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

function resolutions(text: string): [string, string[]][] {
  return parse(text).parts.flatMap(
    (part) =>
      part.minutes?.items.map((item): [string, string[]] => [
        item.number,
        item.resolutions.map((resolution) => resolution.text),
      ]) ?? [],
  );
}

describe("a Welsh community council's minutes with the two languages side by side in a table", () => {
  const text = [
    '# Cyngor Cymuned Llanwern Fach / Llanwern Fach Community Council',
    '',
    '## Cofnodion / Minutes',
    '',
    'Monthly meeting held on Monday 12 March 2035 at 7.00pm.',
    '',
    '| Cymraeg | English |',
    '| --- | --- |',
    '| **31/35 Ymddiheuriadau** | **31/35 Apologies** |',
    '| Derbyniwyd ymddiheuriadau gan Gyng. Rhys. | Apologies were received from Cllr Rhys. |',
    '| **32/35 Meinciau** | **32/35 Benches** |',
    '| Adroddodd y Clerc fod dau ddyfynbris wedi dod i law. | The Clerk reported that two quotations had been received. |',
    '| PENDERFYNWYD derbyn dyfynbris Coed Cain o £1,240. | RESOLVED to accept the quotation of £1,240 from Coed Cain. |',
    '| **33/35 Taliadau** | **33/35 Payments** |',
    '| PENDERFYNWYD cymeradwyo taliadau o £812.40. | RESOLVED to approve payments of £812.40. |',
  ].join('\n');

  it("reads each item's decision from the cell it opens, ending with that cell", () => {
    expect(resolutions(text)).toEqual([
      ['31/35', []],
      ['32/35', ['to accept the quotation of £1,240 from Coed Cain.']],
      ['33/35', ['to approve payments of £812.40.']],
    ]);
  });
});

describe('notes numbered by paragraph, each decision after its paragraph number', () => {
  const text = [
    'HOLLINGTON TOWN CENTRE PARTNERSHIP BOARD',
    '',
    'Minutes of the meeting held on Thursday 18 January 2035, 2.00pm',
    '',
    '1.0   FOOTFALL REPORT',
    '1.1   Footfall in December 2034 was 301,200.',
    '',
    '1.2   Agreed: circulate the vacancy map to all members by 2 February 2035.',
    '',
    '2.0   STREET MARSHALS',
    '2.1   Agreed: fund two street marshals on Saturday nights at a cost of £9,800.',
  ].join('\n');

  it('reads the agreed paragraph as the decision', () => {
    expect(resolutions(text)).toEqual([
      ['1.0', ['circulate the vacancy map to all members by 2 February 2035.']],
      ['2.0', ['fund two street marshals on Saturday nights at a cost of £9,800.']],
    ]);
  });
});

describe('notes with an "Action by" column, its initials at the end of the decision\'s first line', () => {
  const text = [
    'HOLLINGTON TOWN CENTRE PARTNERSHIP BOARD',
    '',
    'Minutes of the meeting held on Thursday 18 January 2035, 2.00pm',
    '',
    'No.   Item                                                    Action by',
    '1.0   FOOTFALL REPORT',
    '1.1   Footfall in December 2034 was 301,200.',
    '1.2   Agreed: circulate the vacancy map to all            DK',
    '      members by 2 February 2035.',
    '',
    '2.0   STREET MARSHALS',
    '2.1   Agreed: the BID to fund two street marshals          RT',
    '      on Saturday nights at a cost of £9,800.',
  ].join('\n');

  it("reads the decision without the column's initials", () => {
    expect(resolutions(text)).toEqual([
      ['1.0', ['circulate the vacancy map to all members by 2 February 2035.']],
      ['2.0', ['the BID to fund two street marshals on Saturday nights at a cost of £9,800.']],
    ]);
  });
});

describe("a planning committee's late representations sheet under its council's name", () => {
  const text = [
    'HOLBECK VALE DISTRICT COUNCIL',
    '',
    'PLANNING COMMITTEE – 12 JULY 2035',
    '',
    'LATE REPRESENTATIONS AND UPDATE SHEET',
    '',
    'This sheet reports representations received after the agenda was published.',
    '',
    'ITEM 4    35/00218/FUL   Land east of Mill Road, Ashby Parva',
    'Four further letters of objection have been received, bringing the total to 61.',
    '',
    'ITEM 5    35/00302/HOU   12 Orchard Close, Holbeck',
    'Recommendation changed from REFUSE to GRANT.',
  ].join('\n');

  it("is the committee's paper for the day it meets, titled by its own heading", () => {
    expect(parse(text).parts).toEqual([
      expect.objectContaining({
        committee: 'Planning Committee',
        meetingDate: '2035-07-12',
        title: 'LATE REPRESENTATIONS AND UPDATE SHEET',
      }),
    ]);
  });

  it('keeps each agenda item it updates apart', () => {
    const [part] = parse(text).parts;
    expect(part!.sections.map((section) => section.heading)).toEqual([
      'Text',
      'ITEM 4 35/00218/FUL Land east of Mill Road, Ashby Parva',
      'ITEM 5 35/00302/HOU 12 Orchard Close, Holbeck',
    ]);
  });
});

describe("a partnership's notes numbering each paragraph under its item", () => {
  it('reads a paragraph whose names make it look title cased as text, not as a sub-item', () => {
    const text = [
      'TIDMOUTH TOWN CENTRE PARTNERSHIP',
      'Minutes of the meeting held on Thursday 9 March 2034',
      '',
      'No.   Item',
      '1.0   WELCOME AND APOLOGIES',
      '1.1   The Chair welcomed Priya Holloway, who replaces',
      '      Sam Ogden as the Chamber of Commerce representative.',
      '',
      '2.0   MARKET STALL FEES',
      '2.1   Agreed as accurate.',
    ].join('\n');
    expect(itemNumbers(text)).toEqual(['1.0', '2.0']);
  });
});

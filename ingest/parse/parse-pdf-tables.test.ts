import { describe, expect, it } from 'vitest';
import type { Part } from '../../src/core/paper.js';
import { parseDocument } from './parse-document.js';

// Invented papers as the PDF reader writes them: a table's gutter is a tab, each page's text follows the last.
function parse(text: string): Part[] {
  return parseDocument({ source: 'pack.pdf', sha256: 'd'.repeat(64), text }).parts;
}

const frontsheet = [
  'BRINDLEY BOROUGH COUNCIL',
  'Town Hall, Market Square, Brindley',
  '',
  'PLANNING COMMITTEE',
  '',
  'Thursday, 5th March, 2026 at 6.00 pm',
  '',
  'Committee Room 1, Town Hall',
  '',
  'Membership: Councillors Esme Thorley (Chair), Garth Nuttall and Wendy Aske.',
  '',
  'AGENDA',
  '',
  '1.\tApologies for Absence',
  '2.\tMinutes of the meeting held on 5 February 2026',
  '3.\tCemetery Extension at Hollins Lane',
  '',
].join('\n');

const earlierMinutes = [
  'MINUTES of a meeting of the PLANNING COMMITTEE held in Committee Room 1 on Thursday, 5 February 2026',
  '',
  'PRESENT:',
  'Councillor Esme Thorley (Chair)\tCouncillor Garth Nuttall',
  'Councillor Wendy Aske\tCouncillor Idris Penhale',
  '',
  'PC/26/011 Declarations of Interest',
  '',
  'None were declared.',
  '',
  'PC/26/012 Land at Cobb Street',
  '',
  'RESOLVED: That outline permission be granted for 14 homes.',
  '',
].join('\n');

const coverTable = [
  'Report to\tPlanning Committee',
  'Date of meeting\t5 March 2026',
  'Report of\tHead of Bereavement Services',
  'Title\tCemetery Extension at Hollins Lane',
  'Wards affected\tHollins',
  'Key decision\tYes',
  'Exempt\tNo',
  '',
  '1. Purpose of the report',
  '',
  'To seek approval to extend the cemetery onto two acres of council land.',
].join('\n');

describe('papers printed as tables in a PDF', () => {
  it('reads a frontsheet whose "AGENDA" sits under the committee, date and membership as the agenda', () => {
    const [agenda] = parse(frontsheet + earlierMinutes);
    expect(agenda).toMatchObject({
      kind: 'agenda',
      committee: 'Planning Committee',
      meetingDate: '2026-03-05',
      start: 0,
    });
    expect(agenda!.agenda!.items.map((item) => item.title)).toContain('Cemetery Extension at Hollins Lane');
  });

  it('reads a two-column attendance table one name a cell, the chair marked', () => {
    const minutes = parse(earlierMinutes).find((part) => part.kind === 'minutes')!;
    expect(minutes.minutes!.present).toEqual([
      { name: 'Esme Thorley', chair: true },
      { name: 'Garth Nuttall', chair: false },
      { name: 'Wendy Aske', chair: false },
      { name: 'Idris Penhale', chair: false },
    ]);
  });

  it('reads a name | role attendance table, a Vice-Chair not the chair', () => {
    const text = [
      'Minutes of the Licensing Committee held on Monday 9 March 2026 at 2.00 pm',
      '',
      'Present',
      '',
      'Councillor Oona Ferris\tChair',
      'Councillor Ravi Menon\tVice-Chair',
      'Tilly Haworth\tLicensing Manager',
      '',
      '12/26 Apologies',
      '',
      'None.',
    ].join('\n');
    const minutes = parse(text).find((part) => part.kind === 'minutes')!;
    expect(minutes.minutes!.present).toEqual([
      { name: 'Oona Ferris', chair: true },
      { name: 'Ravi Menon', chair: false },
      { name: 'Tilly Haworth', chair: false },
    ]);
  });

  it('reads a cover sheet laid out as a two-column table as the report it opens', () => {
    const parts = parse(`${earlierMinutes}\n${coverTable}`);
    const report = parts.find((part) => part.kind === 'report');
    expect(report).toMatchObject({
      committee: 'Planning Committee',
      meetingDate: '2026-03-05',
      title: 'Cemetery Extension at Hollins Lane',
    });
    expect(report!.report).toMatchObject({ author: 'Head of Bereavement Services', exempt: false });
    const minutes = parts.find((part) => part.kind === 'minutes')!;
    expect(minutes.minutes!.items.map((item) => item.number)).toEqual(['PC/26/011', 'PC/26/012']);
  });

  it('reads "<body> – Record of Decisions" over "Meeting held on <date>" as that meeting, its chair and rows', () => {
    const text = [
      'Brindley Borough Council',
      'Regulatory Committee – Record of Decisions',
      '',
      'Meeting held on Tuesday 17 March 2026 at 10.00 am, Town Hall',
      '',
      'Chair: Councillor Petra Vance',
      '',
      'Item\tDecision',
      '4. Taxi Tariffs\tThe tariff was held at £3.60 for the first mile, to be reviewed',
      'in October 2026.',
      '5. Pavement Licences\tThe committee approved the revised conditions.',
    ].join('\n');
    const [minutes] = parse(text);
    expect(minutes).toMatchObject({
      kind: 'minutes',
      committee: 'Regulatory Committee',
      meetingDate: '2026-03-17',
    });
    expect(minutes!.minutes!.present).toEqual([{ name: 'Petra Vance', chair: true }]);
    // Each row's first cell is the item's title; the decision beside it is its text.
    const items = minutes!.minutes!.items;
    expect(items.map((item) => [item.number, item.title])).toEqual([
      ['4', 'Taxi Tariffs'],
      ['5', 'Pavement Licences'],
    ]);
    expect(text.slice(items[0]!.bodyStart, items[0]!.end)).toMatch(/^The tariff was held/);
  });

  it('reads each cell under a "Decision" column as the row’s resolution, a wrapped title cell kept in its title', () => {
    const text = [
      'Brindley Borough Council',
      'Regulatory Committee – Record of Decisions',
      '',
      'Meeting held on Tuesday 21 April 2026 at 10.00 am, Town Hall',
      '',
      'Item\tDecision',
      '4. Skip Permits\tThe committee agreed to double the fee for a skip left over 28',
      'days, from £40 to £80.',
      '5. Market Stall Licence – Orchard',
      'Row',
      'The licence was refused because the stall would narrow the footway to under a metre.',
      '',
      'Next meeting: Tuesday 19 May 2026.',
    ].join('\n');
    const items = parse(text)[0]!.minutes!.items;
    expect(items.map((item) => [item.title, item.resolutions.map((resolution) => resolution.text)])).toEqual([
      ['Skip Permits', ['The committee agreed to double the fee for a skip left over 28 days, from £40 to £80.']],
      [
        'Market Stall Licence – Orchard Row',
        ['The licence was refused because the stall would narrow the footway to under a metre.'],
      ],
    ]);
    // The row is one record, its title cell with its decision; the note under the table is not part of it.
    expect(text.slice(items[1]!.resolved!.start, items[1]!.resolved!.end)).toMatch(/^5\. Market Stall.*metre\.$/s);
  });

  it('reads a newsletter’s one-paragraph items, each title run into its text, and the apologies in one', () => {
    const text = [
      'WRENFIELD PARISH COUNCIL',
      'Minutes of the Parish Council Meeting held in the Village Hall on Monday 2nd March 2026 at 7pm',
      '',
      'Present: Cllr Hester Lowe (Chairman), Cllr Amos Pike, Cllr Nell Varga.',
      '',
      '57. Apologies. Cllr Jory Tamsett (work).',
      '',
      '58. Minutes. The minutes of 2nd February 2026 were approved.',
      '',
      '59. Bus shelter. The glass panel broken in January has been replaced for £310.',
      '',
      '60. Date of next meeting. Monday 6th April 2026.',
    ].join('\n');
    const minutes = parse(text).find((part) => part.kind === 'minutes')!;
    const items = minutes.minutes!.items;
    expect(items.map((item) => [item.number, item.title])).toEqual([
      ['57', 'Apologies'],
      ['58', 'Minutes'],
      ['59', 'Bus shelter'],
      ['60', 'Date of next meeting'],
    ]);
    expect(text.slice(items[2]!.bodyStart, items[2]!.end)).toBe(
      'The glass panel broken in January has been replaced for £310.',
    );
    expect(minutes.minutes!.apologies).toEqual(['Jory Tamsett (work)']);
  });

  it('reads minute numbers printed in a margin column, apart from their headings, as the items’ numbers', () => {
    const text = [
      'QUILLBRIDGE BOROUGH COUNCIL',
      'Minutes of the Cabinet held at the Guildhall, Quillbridge on Monday 8 October 2029 at 6.00 pm',
      '',
      'Present: Councillor Maren Oakes (in the Chair), Councillors Tariq Bellwood and Ffion Dace.',
      '',
      'K14\tApologies for Absence',
      'Apologies were received from Councillor Ivo Strand.',
      '',
      'K15\tCanal Towpath Lighting',
      'The Director of Place reported on lighting along the towpath.',
      '',
      'Resolved – That solar bollards be fitted along the towpath at a cost of £58,000.',
    ].join('\n');
    const [minutes] = parse(text);
    expect(minutes).toMatchObject({ kind: 'minutes', committee: 'Cabinet', meetingDate: '2029-10-08' });
    const items = minutes!.minutes!.items;
    expect(items.map((item) => [item.number, item.title])).toEqual([
      ['K14', 'Apologies for Absence'],
      ['K15', 'Canal Towpath Lighting'],
    ]);
    expect(items[1]!.resolutions.map((resolution) => resolution.text)).toEqual([
      'That solar bollards be fitted along the towpath at a cost of £58,000.',
    ]);
  });

  it('reads "<body>: Schedule of Decisions" over "Hearing held on <date>", each row’s wrapped title and its decision', () => {
    const text = [
      'Quillbridge Borough Council',
      'Licensing Panel: Schedule of Decisions',
      '',
      'Hearing held on Friday 12 October 2029, Room 3, Guildhall',
      '',
      'No. Application\tDecision and reasons',
      '',
      'LP/29/04\tNew premises licence, The Ferry',
      'Steps, Canal Basin',
      'Granted, on condition that music in the courtyard ends at 21.00.',
      '',
      'LP/29/05\tVariation, Otterburn Stores',
      'Refused. The panel found that later hours would add to street drinking.',
    ].join('\n');
    const [minutes] = parse(text);
    expect(minutes).toMatchObject({ kind: 'minutes', committee: 'Licensing Panel', meetingDate: '2029-10-12' });
    const items = minutes!.minutes!.items;
    expect(
      items.map((item) => [item.number, item.title, item.resolutions.map((resolution) => resolution.text)]),
    ).toEqual([
      [
        'LP/29/04',
        'New premises licence, The Ferry Steps, Canal Basin',
        ['Granted, on condition that music in the courtyard ends at 21.00.'],
      ],
      [
        'LP/29/05',
        'Variation, Otterburn Stores',
        ['Refused. The panel found that later hours would add to street drinking.'],
      ],
    ]);
  });

  it('splits a reports pack at each "Report of … to … on <date>", its title under it, not the index row above', () => {
    const text = [
      'QUILLBRIDGE BOROUGH COUNCIL',
      'Parks Committee',
      'Reports Pack',
      '',
      'Index of reports',
      'Bandstand Repairs\t3',
      'Tree Planting Programme\t4',
      '',
      'Report of the Parks Manager to the Parks Committee on 16 October 2029',
      'Bandstand Repairs',
      '1. Recommendation',
      'That £12,400 be spent on repainting the bandstand.',
      '',
      '2. Background',
      'The bandstand was built in 1911 and was last painted in 2014.',
      '',
      '3. Financial implications',
      'The cost would be met from the parks maintenance budget.',
      '',
      'Report of the Tree Officer to the Parks Committee on 16 October 2029',
      'Tree Planting Programme',
      '1. Recommendation',
      'That 320 street trees be planted this winter.',
    ].join('\n');
    const reports = parse(text).filter((part) => part.kind === 'report');
    expect(reports.map((part) => [part.committee, part.meetingDate, part.title, part.report?.author])).toEqual([
      ['Parks Committee', '2029-10-16', 'Bandstand Repairs', 'the Parks Manager'],
      ['Parks Committee', '2029-10-16', 'Tree Planting Programme', 'the Tree Officer'],
    ]);
    expect(reports.every((part) => part.authority === 'Quillbridge Borough Council')).toBe(true);
  });
});

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/core/paper.js';
import { onlyPart } from '../../test/support/parse-corpus-paper.js';
import { parseDocument } from './parse-document.js';

// Invented excerpts in the layouts of English parish minutes as a village website exports them: headers in
// capitals with the month first, a print stamp run into the header, minutes numbered "running/year" and items
// numbered "2.0" over their "2.1" paragraphs.
function parse(text: string): ParsedDocument {
  return parseDocument({ source: 'parish.md', text, sha256: createHash('sha256').update(text).digest('hex') });
}

describe('parish minutes headed in capitals, the month first', () => {
  it('dates "… HELD AT THE VILLAGE HALL ON" / "THURSDAY FEBRUARY 17th 2011" and names the council', () => {
    const minutes = onlyPart(
      parse(
        [
          'MINUTES OF MARSHCOMBE PARISH COUNCIL MEETING HELD AT THE VILLAGE HALL ON',
          '',
          'THURSDAY FEBRUARY 17th 2011',
          '',
          ' Present: Mrs K Quenby-Chair, Mr T. Holloway, Mr B Anstey',
          '',
          ' **1.  To receive apologies for absence:** Mr P. Garrow',
          '',
          ' **2\\. Declarations of Interest made**: none',
          '',
          ' **3\\. Footbridge repairs:** The Clerk reported two quotes for the footbridge.',
        ].join('\n'),
      ),
      'minutes',
    );
    expect(minutes).toMatchObject({ committee: 'Marshcombe Parish Council', meetingDate: '2011-02-17' });
  });

  it('reads a virtual meeting whose header line opens with the page stamp the converter ran into it', () => {
    const minutes = onlyPart(
      parse(
        '0903/11/2011 MINUTES OF HOLLOWAY PARISH COUNCIL VIRTUAL MEETING HELD ON SEPTEMBER 12TH 2011 Present: Cllr Ada Fenn – Chairman, Cllr Roy Tull. 1. Apologies received from Cllr Eli Marsh. 2. No declarations of interest made 3. The minutes of the meeting held on 01.08.11 were agreed as a true record.',
      ),
      'minutes',
    );
    expect(minutes).toMatchObject({ committee: 'Holloway Parish Council', meetingDate: '2011-09-12' });
  });

  it('names a liaison meeting as the body that met', () => {
    const minutes = onlyPart(
      parse(
        [
          'Minutes of the Quarry Liaison Meeting held on 9th March 2011',
          '',
          'Present:',
          '',
          'Mrs Ivy Stannard (Village Representative)',
          '',
          '1\\. Apologies:',
          '',
          'Mr. Owen Treliving',
          '',
          '2\\. Lorry movements',
          '',
          'No complaints received.',
        ].join('\n'),
      ),
      'minutes',
    );
    expect(minutes).toMatchObject({ committee: 'Quarry Liaison', meetingDate: '2011-03-09' });
  });
});

describe('parish minute numbers', () => {
  it('reads minutes numbered running number first ("141/11 Title Text…") as items, one run within the year', () => {
    const minutes = onlyPart(
      parse(
        [
          'QUENBY PARISH COUNCIL Minutes of the Ordinary Meeting held on Wednesday 5 October 2011 at 7.00 pm',
          '',
          'Present: Cllr Nora Pyke (Chair) Cllr Sam Hewlett',
          '',
          '141/11 Openness Notice The Chair read the notice.',
          '',
          '142/11 To Receive Apologies of Absence None were received.',
          '',
          '144/11 To Approve Purchase of a Village Bench The Council had three prices for a bench.',
          '',
          'RESOLVED: That a bench be bought for £312. (Cllr Nora Pyke proposed, Cllr Sam Hewlett seconded, all were in favour).',
          '',
          '145/11 To Approve Payments The payments were presented.',
        ].join('\n'),
      ),
      'minutes',
    );
    const items = minutes.minutes!.items;
    expect(items.map((item) => item.number)).toEqual(['141/11', '142/11', '144/11', '145/11']);
    expect(items[2]!.resolutions[0]!.text).toContain('£312');
  });

  it('reads a short meeting’s two running minute numbers, each a short title over its text, as its items', () => {
    const text = [
      'SALTINGS PARISH COUNCIL',
      'Minutes of the Extraordinary Meeting held in the Church Room on Tuesday 6th April 2027 at 7pm',
      '',
      'Present: Cllr Wren Abbot (Chairman), Cllr Ivo Penhale, Cllr Dora Trist.',
      '',
      '57. Apologies',
      'Apologies were received from Cllr Mabel Roskilly.',
      '',
      '58. Slipway repairs',
      'The Clerk reported two quotes for resurfacing the slipway. It was resolved to accept the lower quote of £4,300.',
    ].join('\n');
    const minutes = onlyPart(parse(text), 'minutes');
    expect(minutes.minutes!.items.map((item) => [item.number, item.title])).toEqual([
      ['57', 'Apologies'],
      ['58', 'Slipway repairs'],
    ]);
  });

  it('reads no items from two numbered lines that are not titles over text', () => {
    const text = [
      'SALTINGS PARISH COUNCIL',
      'Minutes of the Extraordinary Meeting held in the Church Room on Tuesday 6th April 2027 at 7pm',
      '',
      'The Clerk reported on the slipway. Quotes were received from:',
      '57 Harbour Works Ltd',
      '58 Penhale Marine',
      '',
      'It was resolved to accept the lower quote.',
    ].join('\n');
    expect(onlyPart(parse(text), 'minutes').minutes!.items).toEqual([]);
  });

  it('reads "2.0 Title" headings over their "2.1" paragraphs as items 2, 3, …', () => {
    const minutes = onlyPart(
      parse(
        [
          'FENWICK PARISH COUNCIL',
          '',
          'Minutes of the Ordinary Parish Council Meeting',
          '',
          '14th June 2011 at 7.30pm',
          '',
          '1.0 Welcome and apologies',
          '',
          '1.1 The Chair welcomed all.',
          '',
          '2.0 Minutes of Previous Meeting',
          '',
          '2.1 The minutes were accepted as a true record. Prop. AB 2nd CD All agreed.',
          '',
          '3.0 Village Pond',
          '',
          '3.1 Quotes for clearing the pond were discussed.',
        ].join('\n'),
      ),
      'minutes',
    );
    expect(minutes.minutes!.items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'Welcome and apologies'],
      ['2', 'Minutes of Previous Meeting'],
      ['3', 'Village Pond'],
    ]);
  });
});

describe('parish attendance lists', () => {
  // A parish council's minutes whose attendance line is the one under test.
  const presentOf = (council: string, attendance: string, apologies = 'none') =>
    onlyPart(
      parse(
        [
          `Minutes of the Meeting of ${council} Parish Council held on Tuesday 8th November 2011 at 7.30 p.m.`,
          '',
          attendance,
          '',
          `1\\. Apologies: ${apologies}`,
          '',
          '2\\. Footpaths: The stile on the common is broken.',
        ].join('\n'),
      ),
      'minutes',
    ).minutes!.present;

  it('marks the chair named "Mrs K Quenby-Chair" and lists the members by name', () => {
    expect(presentOf('Anstey', 'Present: Mrs K Quenby-Chair, Mr T. Holloway, Mr B Anstey', 'Mr P. Garrow')).toEqual([
      { name: 'Mrs K Quenby', chair: true },
      { name: 'Mr T. Holloway', chair: false },
      { name: 'Mr B Anstey', chair: false },
    ]);
  });

  it('splits a list whose titles are its only separators and reads "Attendance:" as the members present', () => {
    expect(presentOf('Garrow', 'Attendance: Cllr Ada Fenn (Chair) Cllr Roy Tull Cllr Eli Marsh')).toEqual([
      { name: 'Ada Fenn', chair: true },
      { name: 'Roy Tull', chair: false },
      { name: 'Eli Marsh', chair: false },
    ]);
  });

  it('marks the chair written after the initials the minutes use ("Cllr Ada Fenn AF Chair")', () => {
    const present = presentOf('Tull', 'Present: Cllr Ada Fenn AF Chair Cllr Roy Tull RT Vice Chair Cllr Eli Marsh');
    expect(present.map((member) => [member.name, member.chair])).toEqual([
      ['Ada Fenn', true],
      ['Roy Tull', false],
      ['Eli Marsh', false],
    ]);
  });

  it('reads "Present:" over one name a paragraph, titles written with a stop', () => {
    const minutes = onlyPart(
      parse(
        [
          'Minutes of the Quarry Liaison Meeting held on 9th March 2011',
          '',
          'Present:',
          '',
          'Mrs Ivy Stannard (Village Representative)',
          '',
          'Mrs. Edna Pole (Parish Council Representative)',
          '',
          'Mr Owen Treliving (Quarry Manager)',
          '',
          '1\\. Apologies:',
          '',
          'Mr. Sid Crane',
          '',
          '2\\. Lorry movements',
          '',
          'No complaints received.',
        ].join('\n'),
      ),
      'minutes',
    );
    expect(minutes.minutes!.present.map((member) => member.name)).toEqual([
      'Mrs Ivy Stannard (Village Representative)',
      'Mrs. Edna Pole (Parish Council Representative)',
      'Mr Owen Treliving (Quarry Manager)',
    ]);
  });
});

describe('a parish item typed on after its title', () => {
  it('reads the motion on the heading\'s own line ("3\\. Precept: … proposed by … seconded by … that …")', () => {
    const minutes = onlyPart(
      parse(
        [
          'Minutes of the Meeting of Pole Parish Council held on Tuesday 17th January 2012 in the Village Hall at 7.30 p.m.',
          '',
          '1\\. Present: A. Crane - Chairman, B. Pole, C. Tull',
          '',
          '2\\. Apologies: D. Marsh',
          '',
          '3\\. Precept: After a discussion it was proposed by B. Pole and seconded by C. Tull that the precept be set at £2190. 00.',
          '',
          '4\\. Correspondence: A letter from the bowls club was noted.',
        ].join('\n'),
      ),
      'minutes',
    );
    const precept = minutes.minutes!.items.find((item) => item.title === 'Precept')!;
    expect(precept.resolutions.map((resolution) => resolution.text).join(' ')).toContain('£2190');
  });
});

describe("parish decisions in the clerk's own words", () => {
  const minutes = onlyPart(
    parse(
      [
        'FENWICK PARISH COUNCIL',
        '',
        'Minutes of the Ordinary Parish Council Meeting',
        '',
        '14th June 2011 at 7.30pm',
        '',
        '1.0 Welcome and apologies',
        '',
        '1.1 The Chair welcomed all.',
        '',
        '2.0 Village Pond',
        '',
        '2.1 Quotes for clearing the reeds were discussed. It was agreed that the Clerk would ask Reedway Ltd for a second quote. Clerk to action. Prop AB, 2nd CD, All agreed. EF',
        '',
        '3.0 Recreation Ground',
        '',
        '3.1 The drainage of the football pitch was discussed. Mr Tull proposed to lay new drains at a cost of £840, all Councillors agreed; the Clerk to inform the club.',
        '',
        '4.0 Finance',
        '',
        '4.1 The accounts were presented.',
      ].join('\n'),
    ),
    'minutes',
  );
  const decisions = (number: string) =>
    minutes.minutes!.items.find((item) => item.number === number)!.resolutions.map((resolution) => resolution.text);

  it('reads "Prop AB, 2nd CD, All agreed." as the vote on the decision recorded before it in the paragraph', () => {
    expect(decisions('2')).toEqual([
      'It was agreed that the Clerk would ask Reedway Ltd for a second quote. Clerk to action. Prop AB, 2nd CD, All agreed.',
    ]);
  });

  it('reads a proposal all the councillors agreed, with no seconder named, as a decision', () => {
    expect(decisions('3').join(' ')).toContain('proposed to lay new drains at a cost of £840');
  });
});

describe('a parish resolution closed by its recorded vote', () => {
  it('ends the decision at "(Cllr A proposed, Cllr B seconded, …)." rather than at the end of the item', () => {
    const text = [
      'QUENBY PARISH COUNCIL Minutes of the Ordinary Meeting held on Wednesday 5 October 2011 at 7.00 pm',
      '',
      'Present: Cllr Nora Pyke (Chair) Cllr Sam Hewlett',
      '',
      '141/11 To Approve the Minutes of the Meeting held on 7 September 2011 and matters arising',
      '',
      'RESOLVED: That the minutes be approved. (Cllr Nora Pyke proposed, Cllr Sam Hewlett seconded, all were in favour).',
      '',
      'The following matters arising were shared:',
      '',
      'Mill Lane - the Clerk wrote to the highway authority about the blocked drain.',
      '',
      '142/11 To Approve Payments The payments were presented.',
    ].join('\n');
    const minutes = onlyPart(parse(text), 'minutes');
    const item = minutes.minutes!.items[0]!;
    expect(text.slice(item.resolved!.start, item.resolved!.end)).toMatch(
      /^(?:RESOLVED: )?That the minutes be approved\.[^\n]*\)\.$/,
    );
  });
});

describe('apologies under a bold parish item heading', () => {
  it('reads the names after "**1. To receive and consider accepting apologies for absence:**"', () => {
    const minutes = onlyPart(
      parse(
        [
          'MINUTES OF MARSHCOMBE PARISH COUNCIL MEETING HELD AT THE VILLAGE HALL ON',
          '',
          'THURSDAY FEBRUARY 17th 2011',
          '',
          ' Present: Mrs K Quenby-Chair, Mr T. Holloway, Mr B Anstey',
          '',
          ' **1.  To receive and consider accepting apologies for absence:** Mr P. Garrow, Mrs L Tull,',
          '',
          ' **2\\. Declarations of Interest made**: none',
          '',
          ' **3\\. Footbridge repairs:** The Clerk reported two quotes for the footbridge.',
        ].join('\n'),
      ),
      'minutes',
    );
    expect(minutes.minutes!.apologies).toEqual(['Mr P. Garrow', 'Mrs L Tull']);
  });
});

describe('a numbered list inside a parish item', () => {
  it('keeps "1." to "6." under "3. Correspondence:" in that item, and "4. Planning:" after it as the next item', () => {
    const minutes = onlyPart(
      parse(
        [
          'Minutes of the Meeting of Hewlett Parish Council held on Thursday 9th February 2012 in the Village Hall',
          '',
          '1\\. Apologies for Absence accepted from: Mr Sid Crane.',
          '',
          '2\\. Approval of Minutes',
          '',
          '3\\. Correspondence:',
          '',
          '1\\. Rural Games newsletter',
          '',
          '2\\. Grants bulletin',
          '',
          '3\\. Letter about the pond railings',
          '',
          '4\\. Request for a donation from the air ambulance',
          '',
          '5\\. Bus timetable changes',
          '',
          '6\\. Complaint about a bonfire on the green',
          '',
          '4\\. Planning:',
          '',
          'Garage extension at Rose Cottage - permission recommended',
          '',
          '5\\. The date of the Annual Parish Meeting was set.',
        ].join('\n'),
      ),
      'minutes',
    );
    expect(minutes.minutes!.items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'Apologies for Absence accepted from'],
      ['2', 'Approval of Minutes'],
      ['3', 'Correspondence'],
      ['4', 'Planning'],
      ['5', 'The date of the Annual Parish Meeting was set'],
    ]);
  });
});

describe('parish minutes typed as a table in Word and converted to markdown', () => {
  it('reads each row numbered in its first cell as an item, the rest of the row its text', () => {
    const text = [
      '# ORMSBY MAGNA PARISH COUNCIL',
      '',
      '**Minutes of the Parish Council Meeting held on Monday 6 July 2037 at 7pm in the Reading Room**',
      '',
      '| Item | Discussion | Action | Owner |',
      '| --- | --- | --- | --- |',
      '| 37/40 Apologies | None. | – | – |',
      '| 37/41 Village sign | The sign is faded. Resolved to have it repainted. | Get a quote | Clerk |',
      '| 37/42 Grit bins | Two bins are empty. | Order salt | Cllr Pike |',
    ].join('\n');
    const document = parse(text);
    const minutes = onlyPart(document, 'minutes');
    expect(minutes.minutes!.items.map((item) => [item.number, item.title])).toEqual([
      ['37/40', 'Apologies'],
      ['37/41', 'Village sign'],
      ['37/42', 'Grit bins'],
    ]);
    const sign = minutes.minutes!.items[1]!;
    expect(text.slice(sign.bodyStart, sign.end)).toMatch(/^ The sign is faded\./);
    expect(sign.resolutions.map((resolution) => resolution.text)).toEqual(['to have it repainted.']);
    expect(minutes.minutes!.items[2]!.resolutions).toEqual([]);
  });
});

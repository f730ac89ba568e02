import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/core/paper.js';
import { onlyPart } from '../../test/support/parse-corpus-paper.js';
import { parseDocument } from './parse-document.js';

function parse(text: string): ParsedDocument {
  return parseDocument({ source: 'excerpt.txt', text, sha256: 'excerpt' });
}

describe('an NHS board\'s minutes: "ICB/33/011 Welcome and apologies", members one a line with their office', () => {
  const minutes = onlyPart(
    parse(`NHS Wrenfield Integrated Care Board

Minutes of the Meeting of the Board held in Public
Tuesday 8 February 2033, 09:30, Committee Room 2, Wrenfield

Present:
Professor Alan Whitby, Chair
Gwen Marchbank, Chief Executive
Dr Omar Fadel, Chief Medical Officer

WIC/33/011 Welcome and apologies
Apologies were received from the Chief People Officer.

WIC/33/012 Declarations of interest
None were declared.

WIC/33/013 Finance report, month 9
The Chief Executive reported a deficit of £4.1 million. The Board NOTED the report.

WIC/33/014 Any other business
None.

ACTION LOG
Action No	Item	Action	Owner
33/002	WIC/33/013	Circulate the savings plan	Chief Executive
33/003	WIC/33/013	Report on agency spend	Chief People Officer
`),
    'minutes',
  );

  it('reads the sentence-case titles after a reference with the year as items, not the action log rows', () => {
    expect(minutes.minutes!.items.map((item) => [item.number, item.title])).toEqual([
      ['WIC/33/011', 'Welcome and apologies'],
      ['WIC/33/012', 'Declarations of interest'],
      ['WIC/33/013', 'Finance report, month 9'],
      ['WIC/33/014', 'Any other business'],
    ]);
  });

  it('reads each member without the office after the comma, the one whose office is Chair in the chair', () => {
    expect(minutes.minutes!.present).toEqual([
      { name: 'Professor Alan Whitby', chair: true },
      { name: 'Gwen Marchbank', chair: false },
      { name: 'Dr Omar Fadel', chair: false },
    ]);
  });
});

describe('a South African council\'s minutes numbered "EC 03/02/2033" (letters, number, month, year)', () => {
  it('reads each reference as an item', () => {
    const minutes = onlyPart(
      parse(`MINUTES OF THE ORDINARY COUNCIL MEETING HELD IN THE COUNCIL CHAMBER, MTHATHA ROAD, QOLWENI ON TUESDAY, 22 FEBRUARY 2033 AT 10:00

PRESENT:
Cllr Z. Mabaso (Speaker)
Cllr T. Nkosi

EC 01/02/2033 OPENING
The Speaker opened the meeting.

EC 02/02/2033 ROADS MAINTENANCE PLAN
RESOLVED:
That the plan be adopted.

EC 03/02/2033 CLOSURE
The meeting closed at 12:10.
`),
      'minutes',
    );
    expect(minutes.minutes!.items.map((item) => item.number)).toEqual([
      'EC 01/02/2033',
      'EC 02/02/2033',
      'EC 03/02/2033',
    ]);
  });
});

describe("a licensing hearing's notice of determination", () => {
  const notice = onlyPart(
    parse(`HOLLINGWORTH DISTRICT COUNCIL
GAMBLING ACT 2005

NOTICE OF DETERMINATION
LICENSING SUB-COMMITTEE

Premises: Lucky Star Arcade, 2 Pier Parade
Date of hearing: 3 March 2033
Members of the Sub-Committee: Councillor Ada Reyes (Chair), Councillor Tom Beal, Councillor Nia Frost
Legal adviser: Ms Carys Hale

1. Decision
The Sub-Committee resolved to REFUSE the application.
`),
    'minutes',
  );

  it("is the panel's record of the hearing, dated by the hearing, titled by the premises, the council only its authority", () => {
    expect(notice).toMatchObject({
      title: 'Lucky Star Arcade, 2 Pier Parade',
      committee: 'Licensing Sub-Committee',
      meetingDate: '2033-03-03',
      authority: 'Hollingworth District Council',
    });
  });

  it('reads the members who sat, their list ending at the next field', () => {
    expect(notice.minutes!.present).toEqual([
      { name: 'Ada Reyes', chair: true },
      { name: 'Tom Beal', chair: false },
      { name: 'Nia Frost', chair: false },
    ]);
  });
});

describe('an academy trust board\'s "Trustees present:"', () => {
  it('reads the trustees as those present', () => {
    const minutes = onlyPart(
      parse(`MINUTES OF THE MEETING OF THE BOARD OF TRUSTEES
held on Wednesday 9 March 2033 at 5.30pm

Trustees present: Mr Idris Vaughan (Chair), Mrs Ros Pettifer, Dr Lena Okoro
In attendance: Ms Jo Arden (Clerk)

1. Apologies
None.

2. Budget
The Board approved the budget.
`),
      'minutes',
    );
    expect(minutes.minutes!.present.map((member) => member.name)).toEqual([
      'Mr Idris Vaughan',
      'Mrs Ros Pettifer',
      'Dr Lena Okoro',
    ]);
  });
});

describe('a town council\'s "RESOLVED accordingly" after the proposal it carried', () => {
  it('records the proposal as the decision, not the word "accordingly"', () => {
    const minutes = onlyPart(
      parse(`Minutes of the Meeting of Stowbridge Town Council held on Monday 4 April 2033 at 7 p.m.

Present: Cllr A. Merriman (Town Mayor), Cllr B. Quill, Cllr C. Rudd

TC33/021 Apologies
None.

TC33/022 Skate park fencing
It was proposed by Cllr Quill and seconded by Cllr Rudd that new fencing be bought from Palisade Direct for £2,180. Upon a vote: 2 in favour, 1 against. RESOLVED accordingly.
`),
      'minutes',
    );
    expect(minutes.minutes!.items[1]!.resolutions.map((resolution) => resolution.text)).toEqual([
      'It was proposed by Cllr Quill and seconded by Cllr Rudd that new fencing be bought from Palisade Direct for £2,180.',
    ]);
  });
});

describe('a trust board\'s "RESOLVED" in capitals after its own name, mid-sentence', () => {
  it('is the decision of the item, read from the start of its sentence', () => {
    const minutes = onlyPart(
      parse(`MINUTES OF THE MEETING OF THE BOARD OF TRUSTEES
held on Wednesday 9 March 2033 at 5.30pm

Trustees present: Mr Idris Vaughan (Chair), Mrs Ros Pettifer

1. Apologies
None.

2. Minibus replacement
The Business Manager had sought quotes. Having compared three leases, the Board RESOLVED to lease two minibuses from Carway Fleet for £11,400 a year.
`),
      'minutes',
    );
    expect(minutes.minutes!.items[1]!.resolutions.map((resolution) => resolution.text)).toEqual([
      'Having compared three leases, the Board RESOLVED to lease two minibuses from Carway Fleet for £11,400 a year.',
    ]);
  });
});

describe('a board\'s decision in its own words: "The Board approved / adopted …", after noting a report', () => {
  const minutes = onlyPart(
    parse(`MINUTES OF THE MEETING OF THE BOARD
held on Tuesday 14 June 2033 at 10.00am

Present: Ms Orla Quennell (Chair), Mr Tobias Fenwright

1. Apologies
None.

2. Capital programme
The Finance Director presented the quarter 1 position. The Board NOTED the report and APPROVED the reprofiling of £820,000 to the Harrowgate depot scheme.

3. Policies
The Board adopted the Lone Working Policy and the Records Retention Policy.

4. Estates update
Members discussed the lift at Pellbrook House. The Board noted that repairs had started.
`),
    'minutes',
  );

  it("reads the approving or adopting sentence as the item's decision, a bare noting as none", () => {
    expect(
      minutes.minutes!.items.slice(1).map((item) => item.resolutions.map((resolution) => resolution.text)),
    ).toEqual([
      ['The Board NOTED the report and APPROVED the reprofiling of £820,000 to the Harrowgate depot scheme.'],
      ['The Board adopted the Lone Working Policy and the Records Retention Policy.'],
      [],
    ]);
  });
});

describe('a town council\'s decisions taken with no vote: "agreed by consensus", "ADOPTED without a vote"', () => {
  const minutes = onlyPart(
    parse(`FERNWICK TOWN COUNCIL
Minutes of the meeting of the Town Council held on Monday 19 January 2037

Present: Councillors Ida Lockton (Town Mayor), Bram Treloar

02/37 Dark Skies Policy
Councillor Treloar proposed that the Council adopt the Dark Skies Policy. After discussion the proposition was ADOPTED without a vote.

03/37 Allotment Rents
The Town Clerk reported that the waiting list stood at 46 households. Members agreed by consensus that allotment rents be held at £38 a plot.

04/37 Bus Shelter
Members discussed the shelter. It was agreed without dissent to ask the county council for a new one.
`),
    'minutes',
  );

  it("reads the proposition and the sentence agreeing without a vote as the item's decision", () => {
    expect(minutes.minutes!.items.map((item) => item.resolutions.map((resolution) => resolution.text))).toEqual([
      [
        'Councillor Treloar proposed that the Council adopt the Dark Skies Policy. After discussion the proposition was ADOPTED without a vote.',
      ],
      ['Members agreed by consensus that allotment rents be held at £38 a plot.'],
      ['It was agreed without dissent to ask the county council for a new one.'],
    ]);
  });
});

describe('a remark carrying a footnote after a resolution, and the note', () => {
  it('ends the Resolved block before the remark, leaving it and the note to the discussion', () => {
    const text = `FERNWICK TOWN COUNCIL
Minutes of the meeting of the Town Council held on Monday 19 January 2037

Present: Councillors Ida Lockton (Town Mayor), Bram Treloar

04/37 War Memorial Repairs
RESOLVED that the quotation of Calder Stonemasons of £6,850 be accepted.

The Town Clerk advised that a grant from the War Memorials Trust¹ might meet up to 75% of the cost.

¹ The Trust's grant scheme closes on 31 March 2037.

05/37 Bus Shelter
RESOLVED that the shelter be replaced.
`;
    const [repairs] = onlyPart(parse(text), 'minutes').minutes!.items;
    expect(text.slice(repairs!.resolved!.start, repairs!.resolved!.end)).toBe(
      'RESOLVED that the quotation of Calder Stonemasons of £6,850 be accepted.',
    );
    expect(repairs!.resolutions.map((resolution) => resolution.text)).toEqual([
      'that the quotation of Calder Stonemasons of £6,850 be accepted.',
    ]);
  });
});

describe("a South African council's Present list with its Speaker and its Mayor", () => {
  it('puts the Speaker in the chair, not the Mayor or the Deputy Speaker', () => {
    const minutes = onlyPart(
      parse(`KWASELE LOCAL MUNICIPALITY

MINUTES OF THE ORDINARY COUNCIL MEETING HELD ON TUESDAY, 8 MARCH 2033 AT 09:00

PRESENT:
Cllr Q.M. Shabalala (Mayor)
Cllr D.N. Radebe (Speaker)
Cllr E. Botha (Deputy Speaker)
Cllr K. Naidoo

SC 01/03/2033 OPENING
The meeting opened with a prayer.

SC 02/03/2033 WARD COMMITTEES
The report was noted.
`),
      'minutes',
    );
    expect(minutes.minutes!.present.filter((member) => member.chair).map((member) => member.name)).toEqual([
      'D.N. Radebe',
    ]);
  });
});

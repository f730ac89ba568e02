import { describe, expect, it } from 'vitest';
import { toLines } from '../../src/core/lines.js';
import { parseApologies, parseMinutes, parsePresent, parseResolutions } from './parse-minutes.js';

const minutesOf = (text: string) => parseMinutes(text, toLines(text));

function resolutionsOf(block: string): string[] {
  return parseResolutions(block, { start: 0, end: block.length }).map((resolution) => resolution.text);
}

describe('parseResolutions', () => {
  it('splits "Resolved:- (1) …" lists that continue on bulleted lines', () => {
    expect(
      resolutionsOf('Resolved:- (1) That the report be noted.\n\n- (2) That it be shared.\n- (3) That it return.'),
    ).toEqual(['That the report be noted.', 'That it be shared.', 'That it return.']);
  });

  it('splits bold "Resolved: - That" headers followed by "1)" bullets', () => {
    expect(resolutionsOf('**Resolved: - That**\n\n- 1) The commission accept it.\n- 2) A briefing follow.')).toEqual([
      'The commission accept it.',
      'A briefing follow.',
    ]);
  });

  it('keeps a bare "Agreed" that is the sentence\'s verb, and drops it as a label', () => {
    expect(resolutionsOf('Agreed as accurate.')).toEqual(['Agreed as accurate.']);
    expect(resolutionsOf('Agreed to write to the county council about the verge.')).toEqual([
      'Agreed to write to the county council about the verge.',
    ]);
    expect(resolutionsOf('Agreed: the practice will publish its call figures.')).toEqual([
      'the practice will publish its call figures.',
    ]);
    expect(resolutionsOf('AGREED that the report be noted.')).toEqual(['that the report be noted.']);
  });

  it('keeps an unnumbered resolution whole, up to the first blank line', () => {
    const block = 'Resolved:- That the update be noted.\n\nFurther to Minute No. 43(2), a meeting would be arranged.';
    expect(resolutionsOf(block)).toEqual(['That the update be noted.']);
  });

  it('ignores numbers that do not continue the sequence, like "recommendations 1 to 3"', () => {
    expect(resolutionsOf('Resolved:- That recommendations 1 to 3 be approved.\n\n(2) stray')).toEqual([
      'That recommendations 1 to 3 be approved.',
    ]);
  });

  it('gives offsets that slice back to each resolution', () => {
    const block = 'Resolved:-\n\n1. That A.\n2. That B.';
    for (const resolution of parseResolutions(block, { start: 0, end: block.length })) {
      expect(block.slice(resolution.start, resolution.end)).toBe(resolution.text);
    }
  });
});

describe('lettered resolutions', () => {
  it('splits the lettered list a resolution introduces with "agree to:"', () => {
    expect(
      resolutionsOf(
        'RESOLVED that Cabinet agree to:\n\n(a) Approve the Parking Strategy\n\n(b) Ask the Head of Highways to consult on it; and\n\n(c) Note the report.\n\nNext item',
      ),
    ).toEqual(['Approve the Parking Strategy', 'Ask the Head of Highways to consult on it; and', 'Note the report.']);
    expect(resolutionsOf('RESOLVED that Cabinet agree to:\n\nA) Note the overspend.\nb) Agree the changes.')).toEqual([
      'Note the overspend.',
      'Agree the changes.',
    ]);
  });

  it('keeps a resolution whole when a lettered reference follows it without an introducing colon', () => {
    expect(resolutionsOf('RESOLVED that the report be noted.\n(a) see appendix')).toEqual([
      'that the report be noted. (a) see appendix',
    ]);
  });
});

describe('parseMinutes', () => {
  it('reads a Present list wrapped over several lines, as PDF text has it', () => {
    const text =
      'Present:- Councillor Ashworth (in the Chair); Councillors Bellamy, Hirst and\nOkafor.\n\nApologies for absence were received from Councillors Greaves and\nLindqvist.\n\n12. FOSTERING UPDATE\n\nText.';
    const minutes = minutesOf(text);
    expect(minutes.present.map((attendee) => attendee.name)).toEqual(['Ashworth', 'Bellamy', 'Hirst', 'Okafor']);
    expect(minutes.apologies).toEqual(['Greaves', 'Lindqvist']);
    expect(text.slice(minutes.attendance!.start, minutes.attendance!.end)).toMatch(/^Present[\s\S]*Lindqvist\.$/);
  });

  it('reads a bold title a converter split over two bold lines under its "Item" label, but not a label after it', () => {
    const text = [
      '**Item 1**',
      '',
      '**To consider the motion referred from the full Council meeting on the 14th**',
      '',
      '**March, 2031:**',
      '',
      'Members discussed the motion.',
      '',
      '**Item 2**',
      '',
      '**To receive a presentation on the draft Ardnagh Greenway Development**',
      '',
      '**Strategy**',
      '',
      'The presentation was noted.',
      '',
      '**Item 3**',
      '',
      '**Any Other Business**',
      '',
      '**Resolved:**',
      '',
      'That the next meeting be held in May.',
    ].join('\n');
    expect(minutesOf(text).items.map((item) => item.title)).toEqual([
      'To consider the motion referred from the full Council meeting on the 14th March, 2031',
      'To receive a presentation on the draft Ardnagh Greenway Development Strategy',
      'Any Other Business',
    ]);
  });

  it('reads attendance and apologies that parish minutes number as items of their own', () => {
    const text = [
      '1. Those Attending: Cllr A Pennywhistle (Chairman), Cllr Mrs B Haddock, District Councillor C Rook, 4 Residents.',
      '',
      '2. To Consider Apologies for Absence',
      '',
      'Cllr D Tumble and Town Councillor E Marsh',
      '',
      '3. Village Pond: The reeds will be cleared in spring.',
    ].join('\n');
    const minutes = minutesOf(text);
    expect(minutes.present).toEqual([
      { name: 'A Pennywhistle', chair: true },
      { name: 'Mrs B Haddock', chair: false },
      { name: 'C Rook', chair: false },
    ]);
    expect(minutes.apologies).toEqual(['D Tumble', 'E Marsh']);
  });

  it('reads a Present list run into the header line, with initials and the officers after it', () => {
    const text = [
      'MINUTES OF THE NETHER WALLOP PARISH COUNCIL MEETING ON TUESDAY 6 MAY 2025 PRESENT (4 Councillors): - Ann Oak (AO), Ben Ash (BA) - Chair, Cal Elm (CE) Dee Yew (DY). Clerk: Fay Fir 3 residents',
      '',
      '1. Apologies for absence. Apologies had been received from Gil Pine due to illness.',
      '',
      '2. Allotments. The hedge was cut.',
    ].join('\n');
    const minutes = minutesOf(text);
    expect(minutes.present).toEqual([
      { name: 'Ann Oak', chair: false },
      { name: 'Ben Ash', chair: true },
      { name: 'Cal Elm', chair: false },
      { name: 'Dee Yew', chair: false },
    ]);
    expect(minutes.apologies).toEqual(['Gil Pine']);
  });

  it("reads a board's names beside their offices in a column set apart by spaces, without the office", () => {
    const text = [
      'Present:',
      'Dame Ada Quillfeather        Chair',
      'Mr Bo Rensley                Chief Executive',
      'Ms Cy Tarrant                Non-Executive Director',
      '',
      'BD/35/01  Welcome and apologies',
      'None.',
    ].join('\n');
    expect(minutesOf(text).present).toEqual([
      { name: 'Dame Ada Quillfeather', chair: true },
      { name: 'Mr Bo Rensley', chair: false },
      { name: 'Ms Cy Tarrant', chair: false },
    ]);
  });

  it('reads a partnership\'s "Attendees:", each name with the body it represents in brackets', () => {
    const text = [
      'Attendees:  Cllr Ola Penhallow (Chair, Tidmouth Town Council)',
      '            Raj Bellweather (Tidmouth Traders)',
      '            Una Greystock (Town Centre Manager, TTC)',
      'Apologies:  Cllr Tom Fitch',
      '',
      '1.0   WELCOME',
      '2.0   MARKET',
    ].join('\n');
    expect(minutesOf(text).present).toEqual([
      { name: 'Ola Penhallow', chair: true },
      { name: 'Raj Bellweather (Tidmouth Traders)', chair: false },
      { name: 'Una Greystock (Town Centre Manager, TTC)', chair: false },
    ]);
  });

  it("reads a local board's office-first table under a bilingual label, the further members by name alone", () => {
    const text = [
      'TE HUNGA ĀTAHI | PRESENT',
      'Chairperson     Aroha Matenga',
      'Deputy Chair    Neil Abernethy',
      'Members         Sione Vaipulu',
      '                Kiri Paewai',
      '',
      '1  Nau mai | Welcome',
      'The Chairperson opened the meeting.',
      '',
      '2  Ngā Tamōtanga | Apologies',
      'There were no apologies.',
    ].join('\n');
    expect(minutesOf(text).present).toEqual([
      { name: 'Aroha Matenga', chair: true },
      { name: 'Neil Abernethy', chair: false },
      { name: 'Sione Vaipulu', chair: false },
      { name: 'Kiri Paewai', chair: false },
    ]);
  });

  it('reads the members an attendance item prints one a line, each beside their office', () => {
    const text = [
      'MINUTES OF THE ORDINARY COUNCIL MEETING held on Wednesday 14 March 2035',
      '',
      '1. DECLARATION OF OPENING',
      'The Presiding Member opened the meeting at 9.00am.',
      '',
      '2. RECORD OF ATTENDANCE / APOLOGIES',
      'Cr Nell Yarran          Shire President (Presiding Member)',
      'Cr Ivo Mundoora         Deputy Shire President',
      'Cr Tam Bellbird',
      '',
      '3. PUBLIC QUESTION TIME',
      'Nil.',
    ].join('\n');
    expect(minutesOf(text).present).toEqual([
      { name: 'Nell Yarran', chair: true },
      { name: 'Ivo Mundoora', chair: false },
      { name: 'Tam Bellbird', chair: false },
    ]);
  });

  it('takes only upper-case numbered headings, in increasing order, as items', () => {
    const text =
      '45. DECLARATIONS OF INTEREST\n\nNone.\n\n1. a numbered point\n\n46. COMMUNICATIONS\n\n12. OLD NUMBER\n\nText.';
    expect(minutesOf(text).items.map((item) => item.number)).toEqual(['45', '46']);
  });

  it('reads plain-type headings numbered on from the year as items when three or more run on', () => {
    // A PDF's text loses the bold that marks these headings; their run of numbers marks them instead.
    const text = [
      '31 Apologies for Absence',
      'Councillor Amberley sent her apologies.',
      '32 Declarations of Interest',
      'None.',
      '34 Allotment Rents 2026/27',
      'The Committee noted that rents would rise from 1 April 2026.',
      '7 December 2025 Was the Date of the Site Visit',
      '35 Any Other Business',
      'There was none.',
    ].join('\n\n');
    expect(minutesOf(text).items.map((item) => [item.number, item.title])).toEqual([
      ['31', 'Apologies for Absence'],
      ['32', 'Declarations of Interest'],
      ['34', 'Allotment Rents 2026/27'],
      ['35', 'Any Other Business'],
    ]);
    // Two such lines are not a run: numbered sentences in a body stay text.
    expect(minutesOf('12 Members Attended\n\nText.\n\n13 Further Members Attended').items).toEqual([]);
  });

  it("reads a board's own item references, letters then year and number, as items", () => {
    const text = [
      '**TB/25/014 Chief executive report**',
      'The report was noted.',
      '**TB/25/015 Estates strategy**',
      'Resolved: the strategy was approved.',
    ].join('\n\n');
    expect(minutesOf(text).items.map((item) => [item.number, item.title])).toEqual([
      ['TB/25/014', 'Chief executive report'],
      ['TB/25/015', 'Estates strategy'],
    ]);
  });

  it('finds declarations with the member and the minute they concern', () => {
    const text =
      '45. DECLARATIONS OF INTEREST\n\nCouncillor Jarvis declared a personal interest in Minute No. 49.\n\n46. NEXT';
    expect(minutesOf(text).declarations).toMatchObject([{ member: 'Jarvis', minute: '49' }]);
  });
});

describe('attendance lines', () => {
  it('marks the chair and drops the word Councillor', () => {
    expect(parsePresent('Present:- Councillor Pitchley (in the Chair); Councillors Cooksey and Julie Turner.')).toEqual(
      [
        { name: 'Pitchley', chair: true },
        { name: 'Cooksey', chair: false },
        { name: 'Julie Turner', chair: false },
      ],
    );
  });

  it('keeps honours after a comma with the member they follow', () => {
    expect(
      parsePresent('PRESENT: Mr A Baker, Sir Paul Carter, CBE, DL, Mrs C Bell, MBE and Mr D Love').map(
        (member) => member.name,
      ),
    ).toEqual(['Mr A Baker', 'Sir Paul Carter, CBE, DL', 'Mrs C Bell, MBE', 'Mr D Love']);
  });

  it("marks a chair named by a title after the name, and drops a list's own label", () => {
    expect(parsePresent('Councillor M. Fitzgerald, An Cathaoirleach')).toEqual([
      { name: 'M. Fitzgerald', chair: true },
    ]);
    expect(parsePresent('D Llewellyn - Chairman, Cllr M Peake')).toEqual([
      { name: 'D Llewellyn', chair: true },
      { name: 'M Peake', chair: false },
    ]);
    expect(parsePresent('Councillors: Noel Gleeson, Daniel Butler').map((member) => member.name)).toEqual([
      'Noel Gleeson',
      'Daniel Butler',
    ]);
  });

  it('reads apologies with and without "received from"', () => {
    expect(parseApologies('Apologies for absence:- Apologies were received from Councillors Z. Collingham.')).toEqual([
      'Z. Collingham',
    ]);
    expect(parseApologies('Apologies for absence:- Councillors Beaumont, Brookes and Pitchley.')).toEqual([
      'Beaumont',
      'Brookes',
      'Pitchley',
    ]);
  });

  it('names nobody where the minutes record that there were no apologies', () => {
    for (const none of ['None received.', 'There were no apologies.', 'Apologies: No apologies were received.']) {
      expect(parseApologies(none)).toEqual([]);
    }
    const text = [
      'Present: Cllr Dunmore (Chair), Cllr Pryce',
      '',
      '8. Apologies',
      '',
      'None received.',
      '',
      '9. Footpaths',
      '',
      'Text.',
    ];
    expect(minutesOf(text.join('\n')).apologies).toEqual([]);
  });

  it('reads a decision inside a paragraph from its sentence start, elections included', () => {
    const text = [
      'MINUTES of the meeting of Oakby Parish Council held on 4 May 2031',
      '',
      '1. Hall roof',
      'The roof was inspected last week and found to leak. Resolved that the clerk obtain three quotes.',
      '',
      '2. Bench',
      'Two quotes were received and, after discussion, it was resolved to accept the lower quote.',
      '',
      '3. Election of Chair',
      'Cllr Ann Bell was elected Chair for the year.',
      '',
      '4. Vice-Chair',
      'Cllr Tom Reed was appointed Vice-Chairman.',
    ].join('\n');
    expect(minutesOf(text).items.map((item) => item.resolutions.map((resolution) => resolution.text))).toEqual([
      ['Resolved that the clerk obtain three quotes.'],
      ['Two quotes were received and, after discussion, it was resolved to accept the lower quote.'],
      ['Cllr Ann Bell was elected Chair for the year.'],
      ['Cllr Tom Reed was appointed Vice-Chairman.'],
    ]);
  });
});

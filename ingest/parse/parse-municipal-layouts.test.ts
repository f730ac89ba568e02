import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Part } from '../../src/core/paper.js';
import { chairNames, layoutFixtures, onlyPart, parseLayoutFixture } from '../../test/support/parse-corpus-paper.js';

// Invented minutes of Welsh, Canadian township, US city and New Zealand district bodies.
const minutesOf = (name: string): Part => onlyPart(parseLayoutFixture(name), 'minutes');

describe('Welsh minutes with headings in both languages', () => {
  const minutes = minutesOf('welsh-bilingual-minutes.txt');

  it('names the committee printed under "COFNODION / MINUTES", not the council above it, and dates it', () => {
    expect(minutes).toMatchObject({ committee: 'Licensing Committee', meetingDate: '2025-03-11' });
  });

  it('reads "YN BRESENNOL / PRESENT:" and the members listed after a blank line under "Councillors:"', () => {
    expect(minutes.minutes!.present.map((member) => member.name)).toEqual([
      'Elinor Vaughan-Rees',
      'Iestyn Pugh',
      'Mererid Howells',
      'Gethin Parry',
      'Non Ellis',
    ]);
    expect(chairNames(minutes)).toEqual(['Elinor Vaughan-Rees']);
    const attendance = minutes.minutes!.attendance!;
    const text = readFileSync(`${layoutFixtures}welsh-bilingual-minutes.txt`, 'utf8');
    expect(text.slice(attendance.start, attendance.end)).toMatch(/Non Ellis$/);
  });
});

describe('a township council whose Reeve presides', () => {
  const minutes = minutesOf('township-council-minutes.txt');

  it('names the township\'s council from the line over "Minutes of the Council Meeting"', () => {
    expect(minutes).toMatchObject({ committee: 'Birchmere Township Council', meetingDate: '2025-02-03' });
  });

  it('marks the Reeve named by title as chair, not the Deputy Reeve', () => {
    expect(chairNames(minutes)).toEqual(['Reeve Odile Marchand']);
  });
});

describe('US city council minutes with a consent agenda', () => {
  const minutes = minutesOf('us-council-consent-minutes.txt');

  it('dates "MINUTES OF THE REGULAR CITY COUNCIL MEETING" from the line below and names the city\'s council', () => {
    expect(minutes).toMatchObject({ committee: 'Silver Creek City Council', meetingDate: '2025-04-08' });
  });

  it('reads those present under ROLL CALL, without the absent line, the Mayor in the chair', () => {
    expect(minutes.minutes!.present.map((member) => member.name)).toEqual([
      'Abara',
      'Brink',
      'Castellanos',
      'Dunmore',
      'Mayor Lindahl',
    ]);
    expect(chairNames(minutes)).toEqual(['Mayor Lindahl']);
  });

  it('splits lettered sub-items with their own motions, and keeps one-line consent entries with their item', () => {
    expect(minutes.minutes!.items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'CALL TO ORDER'],
      ['2', 'ROLL CALL'],
      ['3', 'CONSENT AGENDA'],
      ['4', 'NEW BUSINESS'],
      ['4A', 'Skate Park Lighting'],
      ['4B', 'Leaf Collection Schedule'],
      ['5', 'ADJOURNMENT'],
    ]);
    const lighting = minutes.minutes!.items.find((item) => item.number === '4A')!;
    expect(lighting.resolutions[0]?.text).toMatch(/Noes: Abara, Brink/);
  });
});

describe('New Zealand committee minutes', () => {
  const minutes = minutesOf('new-zealand-committee-minutes.txt');

  it('reads "Minutes of the … Committee held in … on <date>" with no "meeting" word', () => {
    expect(minutes).toMatchObject({ committee: 'Community Facilities Committee', meetingDate: '2025-04-10' });
  });

  it('keeps the marked chair over the Mayor who attends, and the apology without its motion', () => {
    expect(chairNames(minutes)).toEqual(['Mereana Kohu']);
    expect(minutes.minutes!.apologies).toEqual(['Owen Strachan']);
  });
});

// Converted from a PDF with a blank line after every printed line: the header's ordinal and its day apart, each
// item's number alone over its heading, and sentences wrapped over blank lines.
describe('Irish district minutes printed a line a paragraph', () => {
  const minutes = minutesOf('irish-district-minutes-spaced.md');

  it('names the district and dates the meeting from "TUESDAY, 7" over "TH OCTOBER, 2025"', () => {
    expect(minutes).toMatchObject({ committee: 'Metropolitan District of Kilbarra', meetingDate: '2025-10-07' });
  });

  it('reads the Mayor in the chair as a title of the name, and the apology sentence', () => {
    expect(chairNames(minutes)).toEqual(['Aoife Dunleavy, Mayor']);
    expect(minutes.minutes!.apologies).toEqual(['Ronayne']);
  });

  it('takes a number alone on its line over a heading as the item, and the motion "…and" / "agreed." as its decision', () => {
    const items = minutes.minutes!.items;
    expect(items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'ADOPTION OF MINUTES'],
      ['2', 'ROADS AND TRANSPORTATION'],
      ['3', 'Notice of Motion submitted by Councillor T. Galvin'],
      ['4', 'STANDING ORDERS'],
    ]);
    expect(items[2]!.resolved).toBeUndefined();
    expect(items[2]!.resolutions.map((resolution) => resolution.text.replace(/\s+/g, ' '))).toEqual([
      expect.stringMatching(/^Councillor Galvin proposed that an application for funding .* and agreed\.$/),
    ]);
  });

  it('keeps an amendment with the vote taken on it and the outcome the Mayor declared', () => {
    const standingOrders = minutes.minutes!.items[3]!.resolutions.map((resolution) =>
      resolution.text.replace(/\s+/g, ' '),
    );
    expect(standingOrders).toHaveLength(2);
    expect(standingOrders[1]).toMatch(/^Councillor Quirke proposed an amendment .* seconded by Councillor Nagle\./);
    expect(standingOrders[1]).toMatch(
      /Tuohy \(3\) Against the Amendment .* \(8\) The Mayor declared the Amendment defeated/,
    );
  });
});

describe("an Irish district agenda opening with the administrator's summons", () => {
  const agenda = onlyPart(parseLayoutFixture('irish-district-agenda-summons.md'), 'agenda');

  it('dates the meeting from "You are requested to attend a Meeting of … to be held … on Tuesday, 10"" March," and the year below', () => {
    expect(agenda).toMatchObject({ committee: 'Metropolitan District of Kilbarra', meetingDate: '2026-03-10' });
  });

  it('lists the items, the third numbered alone over its title', () => {
    expect(agenda.agenda!.items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'Minutes'],
      ['2', 'Disposal of Land'],
      ['3', 'Parks and Recreation'],
    ]);
  });
});

describe('Irish joint policing committee minutes with labels alone over their lists', () => {
  const minutes = minutesOf('irish-policing-committee-minutes.md');

  it('dates the meeting from its header, not from the front matter of the pack that reprints it', () => {
    expect(minutes).toMatchObject({ committee: 'Kilbarra Joint Policing Committee', meetingDate: '2026-03-06' });
  });

  it('reads the members under "COUNCILLORS:", however the title is spelled, and the apologies under "APOLOGIES:"', () => {
    expect(minutes.minutes!.present.map((member) => member.name)).toEqual([
      'R. Hennessy',
      'P. Ahern',
      'D. Barry',
      'F. Considine',
      'M. Dwane',
    ]);
    expect(minutes.minutes!.apologies).toEqual(['T. Hegarty', 'Senior Executive Officer (Ms. C. Irwin)']);
  });

  it('takes "1.MINUTES", the space after the number lost, as an item', () => {
    expect(minutes.minutes!.items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'MINUTES'],
      ['2', 'UPDATE FROM CHIEF SUPERINTENDENT'],
      ['3', 'CORRESPONDENCE'],
    ]);
  });
});

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

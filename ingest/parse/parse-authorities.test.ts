import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chairNames, onlyPart, parseLayoutFixture } from '../../test/support/parse-corpus-paper.js';
import { parseDocument } from './parse-document.js';

const parseText = (text: string) =>
  parseDocument({ source: 'invented.txt', text, sha256: createHash('sha256').update(text).digest('hex') });

// Invented papers of authorities and of committees under their council's name: the body that met is named
// with its place, and every part knows whose paper it is even where its passages never print the place.
describe('parseDocument on authorities and their committees', () => {
  it('names an authority by its full name over a header that calls it "the Authority" with the date below', () => {
    const minutes = onlyPart(parseLayoutFixture('fire-authority-minutes.txt'), 'minutes');
    expect(minutes.committee).toBe('Hartshire Fire and Rescue Authority');
    expect(minutes.meetingDate).toBe('2025-03-06');
    expect(chairNames(minutes)).toEqual(['Rosalind Eke']);
    expect(minutes.minutes!.items.map((item) => item.number)).toEqual(['1', '2', '3']);
  });

  it('names a joint committee by the full name printed over its header', () => {
    const minutes = onlyPart(parseLayoutFixture('joint-committee-minutes.txt'), 'minutes');
    expect(minutes.committee).toBe('North Vale Joint Waste Committee');
    expect(minutes.meetingDate).toBe('2025-02-14');
  });

  it.each([
    ['Minutes of the Fire Authority meeting held on 6 March 2025', 'Hartshire Fire and Rescue Authority'],
    ['Minutes of the meeting of the Authority held on 6 March 2025', 'Hartshire Fire and Rescue Authority'],
  ])('reads "%s" under the authority\'s name as %s', (header, committee) => {
    const text = `Hartshire Fire and Rescue Authority\n\n${header}\n\nPresent: Councillor R Eke (Chair), Councillor V Amadi\n\n1. Apologies\nNone.\n\n2. Budget\nRESOLVED to approve the budget.\n`;
    expect(onlyPart(parseText(text), 'minutes').committee).toBe(committee);
  });

  it.each([
    ['Brackmoor Community Health NHS Trust', 'Brackmoor Community Health NHS Trust'],
    ['NHS OSTWOLD INTEGRATED CARE BOARD', 'NHS Ostwold Integrated Care Board'],
    ['Caerwen University Health Board', 'Caerwen University Health Board'],
  ])('reads a health body printed over its board’s minutes, "%s", as their authority', (name, authority) => {
    const text = `${name}\n\nMinutes of the Public Board Meeting held on 4 March 2026\n\nPresent: Iona Brisk (Chair), Toby Venn (Chief Executive)\n\n1. Apologies\nNone.\n\n2. Winter plan\nRESOLVED: The Board approved the winter plan.\n`;
    expect(onlyPart(parseText(text), 'minutes').authority).toBe(authority);
  });

  it('keeps a council committee named by its topic, under the council printed above it', () => {
    const text =
      'KELBROOK BOROUGH COUNCIL\n\nMinutes of the meeting of the Licensing Committee held on 3 March 2025\n\nPresent: Councillor A Bell (Chair)\n\n1. Apologies\nNone.\n\n2. Taxi fares\nRESOLVED to raise the tariff.\n';
    const minutes = onlyPart(parseText(text), 'minutes');
    expect(minutes.committee).toBe('Licensing Committee');
    expect(minutes.authority).toBe('Kelbrook Borough Council');
  });

  it('files a committee under the council printed over its minutes, and the council itself under no other', () => {
    const committee = onlyPart(parseLayoutFixture('town-committee-under-council.md'), 'minutes');
    expect(committee).toMatchObject({
      committee: 'Community and Environment Committee',
      authority: 'Wexcombe Town Council',
    });
    const parish = onlyPart(parseLayoutFixture('parish-council-allotments.md'), 'minutes');
    expect(parish.committee).toBe('Harrowfield Parish Council');
    expect(parish.authority).toBeUndefined();
  });

  it("reads the authority from a header's possessive, and none from a name that says no place", () => {
    const owned = parseText(
      "Minutes of the Meeting of Dunmarsh City and County Council's Housing Strategic Policy Committee held on 11 June 2025\n\nMembers Present: Cllr A Byrne (Chair), Cllr B Walsh\n\n1. Minutes\nAgreed.\n\n2. Vacant homes\nThe report was noted.\n",
    );
    expect(onlyPart(owned, 'minutes')).toMatchObject({
      committee: 'Housing Strategic Policy Committee',
      authority: 'Dunmarsh City and County Council',
    });
    const placeless = parseText(
      'COUNTY COUNCIL\n\nMinutes of the Cabinet meeting held on 11 June 2025\n\nPresent: Mr A Bell (Chairman)\n\n1. Apologies\nNone.\n\n2. Budget\nRESOLVED to note the report.\n',
    );
    expect(onlyPart(placeless, 'minutes').authority).toBeUndefined();
  });

  it("reads a planning committee's schedule of decisions as its minutes, one item an application", () => {
    const document = parseLayoutFixture('planning-decisions-schedule.txt');
    const minutes = onlyPart(document, 'minutes');
    expect(document.parts.some((part) => part.kind === 'transcript')).toBe(false);
    expect(minutes).toMatchObject({
      committee: 'Planning Committee',
      authority: 'Kelbrook Borough Council',
      meetingDate: '2025-02-12',
    });
    const items = minutes.minutes!.items;
    expect(items.map((item) => [item.number, item.title])).toEqual([
      ['24/0871/FUL', 'Land rear of 14-22 Orchard Rise, Kelbrook'],
      ['24/0952/COU', 'Former Lantern Inn, 2 High Street, Kelbrook'],
      ['25/0017/FUL', 'Brook Farm, Stainby Road, Kelbrook'],
    ]);
    expect(items[0]!.resolutions[0]!.text).toMatch(/^REFUSED Reasons: The proposal would result/);
    expect(items[1]!.resolutions[0]!.text).toMatch(/^DEFERRED/);
    // The numbered conditions of the last application stay in its record.
    expect(items[2]!.resolutions[0]!.text).toMatch(/^APPROVED subject to conditions/);
  });
});

import { describe, expect, it } from 'vitest';
import { toLines } from '../../src/core/lines.js';
import { parseAgenda } from './parse-agenda.js';

const agendaOf = (text: string) => parseAgenda(text, toLines(text));

describe('parseAgenda', () => {
  it('reads time, venue and consecutive items, dropping page references from titles', () => {
    const text = [
      'Date and Time:- Tuesday 17 September 2024 at 10.00 a.m.',
      'Venue:- Rotherham Town Hall, Moorgate Street.',
      'AGENDA',
      '1. Apologies for Absence',
      'To receive apologies.',
      '2. Work Programme (Pages 23 - 25)',
      '4. Skipped number is not an item',
      '3. Urgent Business',
    ].join('\n\n');
    const agenda = agendaOf(text);
    expect(agenda.time).toBe('10.00 a.m.');
    expect(agenda.venue).toBe('Rotherham Town Hall, Moorgate Street.');
    expect(agenda.items.map((item) => `${item.number} ${item.title}`)).toEqual([
      '1 Apologies for Absence',
      '2 Work Programme',
      '3 Urgent Business',
    ]);
    expect(agenda.items[0]!.description).toBe('To receive apologies.');
  });

  it('ends the last item above the "Contact:" line naming the officer to ask', () => {
    const text = [
      'AGENDA',
      '1. Apologies for Absence',
      '2. Allotment Rents 2027/28 (Pages 3 - 9)',
      'To consider the report of the Head of Parks.',
      '',
      'Contact: Tamsin Ould, Democratic Services Officer, 01632 960 771',
      '',
      'Enquiries to: committees@example.gov.uk',
    ].join('\n');
    const agenda = agendaOf(text);
    expect(agenda.items.at(-1)!.description).toBe('To consider the report of the Head of Parks.');
    expect(text.slice(agenda.closing!.start)).toMatch(/^Contact: Tamsin Ould/);
  });

  it('finds the next meeting under a "Date and time of the next meeting" heading', () => {
    const text =
      '**13. Date and time of the next meeting**\n\nThe next meeting of the Commission take place on 30 January 2024 commencing at 10.00am in Rotherham Town Hall.\n\nSharon Kemp';
    const next = agendaOf(text).nextMeeting!;
    expect(next).toMatchObject({ date: '2024-01-30', time: '10.00am', venue: 'Rotherham Town Hall' });
    expect(text.slice(next.start, next.end)).toBe(
      'next meeting of the Commission take place on 30 January 2024 commencing at 10.00am in Rotherham Town Hall.',
    );
  });

  it('reads a next-meeting sentence broken over lines in bold', () => {
    const text =
      '**The next meeting of the Commission\nwill be held on Tuesday 29 October 2024\ncommencing at 10.00 a.m.\nin Rotherham Town Hall.**';
    expect(agendaOf(text).nextMeeting).toMatchObject({
      date: '2024-10-29',
      time: '10.00 a.m.',
      venue: 'Rotherham Town Hall',
    });
  });

  it('gives no next meeting when the sentence has no date', () => {
    expect(agendaOf('The next meeting will be held in the spring, date to be confirmed.').nextMeeting).toBeUndefined();
  });

  it("reads the time after the date and the venue under it from a frontsheet's title block with no labels", () => {
    const text = [
      'WENLOCK VALE DISTRICT COUNCIL',
      'CABINET',
      'Tuesday, 14th October, 2031 at 6.30 pm',
      'Committee Room 2, Guildhall, Wenlock',
      'Membership: Councillors Ada Price (Leader) and Tom Reeve.',
      'AGENDA',
      '1. Apologies for Absence',
      '2. Car Park Charges (Pages 3 - 8)',
    ].join('\n\n');
    expect(agendaOf(text)).toMatchObject({ time: '6.30 pm', venue: 'Committee Room 2, Guildhall, Wenlock' });
    const labelled = agendaOf(
      [
        'AGENDA',
        'CABINET',
        'Thursday, 5th March, 2031, at 10.00 am Ask for: Jo Bell Telephone: 01632 960 100',
        '1. Apologies',
      ].join('\n\n'),
    );
    expect(labelled.time).toBe('10.00 am');
    expect(labelled.venue).toBeUndefined();
  });
});

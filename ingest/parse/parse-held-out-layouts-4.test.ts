import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/core/paper.js';
import { onlyPart } from '../../test/support/parse-corpus-paper.js';
import { parseDocument } from './parse-document.js';

// Invented papers of further bodies and layouts (test/fixtures/held-out-layouts-4).
const folder = fileURLToPath(new URL('../../test/fixtures/held-out-layouts-4/', import.meta.url));

function parse(name: string): ParsedDocument {
  const text = readFileSync(`${folder}${name}`, 'utf8');
  return parseDocument({ source: name, text, sha256: createHash('sha256').update(text).digest('hex') });
}

describe('an agenda frontsheet with "Date: / Time: / Venue:" under the committee and a dotted contents list', () => {
  const agenda = onlyPart(parse('agenda-dotted-leaders.txt'), 'agenda');

  it('is the agenda of the committee named over the labels, dated by its "Date:" line', () => {
    expect(agenda).toMatchObject({ committee: 'Overview and Scrutiny Committee', meetingDate: '2026-09-14' });
  });

  it('titles each item without its dotted leader and page range', () => {
    expect(agenda.agenda!.items.map((item) => item.title).slice(2, 5)).toEqual([
      'Minutes of the meeting held on 13 July 2026',
      'Budget Monitoring Quarter 1 2026/27',
      'Homelessness Prevention Grant',
    ]);
  });

  it('ends the last item at the "Date of next meeting:" label and reads that date', () => {
    expect(agenda.agenda!.items.at(-1)!.description).toBe('NOT FOR PUBLICATION');
    expect(agenda.agenda!.nextMeeting?.date).toBe('2026-11-09');
  });
});

describe('a combined authority record of decisions with "Meeting: / Date: / Venue:" labels', () => {
  const record = onlyPart(parse('combined-authority-decision-record.txt'), 'minutes');

  it("is the record of that body's meeting of that date", () => {
    expect(record).toMatchObject({ committee: 'Combined Authority Board', meetingDate: '2026-06-26' });
  });

  it('has its referenced decisions as items', () => {
    expect(record.minutes!.items.map((item) => item.number)).toEqual(['CA/26/31', 'CA/26/32', 'CA/26/33']);
    expect(record.minutes!.items[0]!.resolutions[0]!.text).toMatch(/^The Board approved the Adult Skills Fund/);
  });
});

describe('Northern Irish committee minutes numbered "ES 41/26"', () => {
  const minutes = onlyPart(parse('northern-ireland-borough-council-minutes.txt'), 'minutes');

  it("numbers the items by the committee's letters, running number and year", () => {
    expect(minutes.minutes!.items.map((item) => [item.number, item.title]).slice(0, 4)).toEqual([
      ['ES 41/26', 'Apologies'],
      ['ES 42/26', 'Declarations of Interest'],
      ['ES 43/26', 'Minutes of the Meeting held on 14 April 2026'],
      ['ES 44/26', 'Household Recycling Centre Opening Hours'],
    ]);
    expect(minutes.minutes!.items[3]!.resolutions.map((resolution) => resolution.text)).toEqual([
      'that the household recycling centres close on Wednesdays from 1 July 2026.',
    ]);
  });
});

describe('Canadian council minutes that skip agenda numbers with no business', () => {
  const minutes = onlyPart(parse('canadian-municipal-council-minutes.txt'), 'minutes');

  it('reads "7. Reports" after "3. Adoption of Minutes", and its sub-items', () => {
    expect(minutes.minutes!.items.map((item) => item.number)).toEqual(['1', '2', '3', '7', '7.1', '7.2', '8', '9']);
  });
});

describe('Australian ordinary council minutes', () => {
  it('keep "The next Ordinary Meeting of Council will be held on …" in the minutes, not as an agenda', () => {
    const parts = parse('australian-ordinary-council-minutes.txt').parts;
    expect(parts.map((part) => [part.kind, part.meetingDate])).toEqual([['minutes', '2026-02-17']]);
  });
});

describe('attendance in further layouts', () => {
  it('takes apologies from the paragraph under a ModernGov "(Item 1)" line, up to the sentence naming a substitute', () => {
    const minutes = onlyPart(parse('police-and-crime-panel-minutes.txt'), 'minutes');
    expect(minutes.minutes!.apologies).toEqual(['Kieran Blythe', 'Mrs Sonia Hext (Independent Co-opted Member)']);
  });

  it('names the member who declared an interest in full', () => {
    const minutes = onlyPart(parse('police-and-crime-panel-minutes.txt'), 'minutes');
    expect(minutes.minutes!.declarations.map((declaration) => declaration.member)).toEqual(['Simon Pardoe']);
  });

  it('reads board members listed one a line as "Name - role", with and without a title', () => {
    const minutes = onlyPart(parse('health-and-wellbeing-board-minutes.txt'), 'minutes').minutes!;
    expect(minutes.present.map((member) => member.name)).toEqual([
      'Amira Shah',
      'Dr Nathaniel Greaves (Vice-Chair)',
      'Felix Barraclough',
      'Ruth Wainwright',
      'Imogen Saltley',
      'Superintendent Ross Kilner',
    ]);
    expect(minutes.present[0]!.chair).toBe(true);
    expect(minutes.apologies).toEqual(['Tom Haigh', 'Leanne Marsh']);
  });
});

describe('Welsh county council minutes headed in both languages on one line', () => {
  const minutes = onlyPart(parse('welsh-county-council-minutes.txt'), 'minutes');

  it('reads "COFNODION CYFARFOD Y CABINET / MINUTES OF THE CABINET MEETING" and the date under it', () => {
    expect(minutes).toMatchObject({ committee: 'Cabinet', meetingDate: '2026-03-10' });
  });

  it('takes the apologies without their bilingual label', () => {
    expect(minutes.minutes!.apologies).toEqual(['Carys Penrhos']);
  });
});

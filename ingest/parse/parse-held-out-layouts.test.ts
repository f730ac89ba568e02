import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/core/paper.js';
import { onlyPart } from '../../test/support/parse-corpus-paper.js';
import { chunkDocument } from '../chunk/chunk-document.js';
import { parseDocument } from './parse-document.js';

// Invented papers in layouts the other fixtures do not cover (test/fixtures/held-out-layouts).
const folder = fileURLToPath(new URL('../../test/fixtures/held-out-layouts/', import.meta.url));

function parse(name: string): ParsedDocument {
  const text = readFileSync(`${folder}${name}`, 'utf8');
  return parseDocument({ source: name, text, sha256: createHash('sha256').update(text).digest('hex') });
}

describe('US city council action minutes', () => {
  const minutes = onlyPart(parse('us-action-minutes.txt'), 'minutes');

  it('dates the meeting from its month-first date under the council heading', () => {
    expect(minutes).toMatchObject({ committee: 'City Council', meetingDate: '2025-09-09' });
  });

  it('numbers the business by its lettered items and the section headings above them', () => {
    expect(minutes.minutes!.items.map((item) => [item.number, item.title])).toEqual([
      ['6', 'CONSENT CALENDAR'],
      ['8', 'PUBLIC HEARINGS'],
      ['8.A', 'Ordinance No. 2025-09 Amending the Municipal Code to Regulate Leaf Blowers'],
      ['9', 'NEW BUSINESS'],
      ['9.A', 'Award of Contract for the Canyon Road Resurfacing Project'],
    ]);
  });
});

describe('a committee summons with Part A and Part B items', () => {
  const agenda = onlyPart(parse('agenda-part-a-part-b.txt'), 'agenda');

  it('reads "summoned to attend a meeting of … to be held … on" as the agenda of that meeting', () => {
    expect(agenda).toMatchObject({
      committee: 'Licensing and Regulatory Committee',
      meetingDate: '2026-11-23',
      authority: 'Ashcombe Vale Council',
    });
    expect(agenda.agenda!.items.map((item) => item.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });
});

describe('a later meeting named inside minutes', () => {
  it('is no summons: "referred to the meeting of the Council to be held on …" starts no agenda', () => {
    const text = [
      'MINUTES of a meeting of the Executive held at Harbour House on Tuesday, 3 June 2031.',
      '',
      'PRESENT: Mr T Quayle (Chairman), Mrs R Ostler',
      '',
      '14. Harbour Dues',
      '(Item 4)',
      '',
      'Members agreed to refer the decision to the meeting of the Full Council to be held on 19 June 2031.',
    ].join('\n');
    const parts = parseDocument({ source: 'x.txt', text, sha256: 'x' }).parts;
    expect(parts.map((part) => [part.kind, part.meetingDate])).toEqual([['minutes', '2031-06-03']]);
  });
});

describe('attendance written as English and Irish councils print it', () => {
  const present = (name: string) =>
    onlyPart(parse(name), 'minutes').minutes!.present.map((member) => [member.name, member.chair]);

  it('reads every member of a "Councillors A, B and C" line under the chair\'s own line', () => {
    expect(present('district-cabinet-minutes.txt')).toEqual([
      ['Priya Lomax (Leader of the Council)', true],
      ['Owen Threlfall (Deputy Leader)', false],
      ['Gemma Hurst', false],
      ['Tobias Kendrick', false],
      ['Ruth Okonjo', false],
    ]);
  });

  it('reads "The Mayor (Councillor X) in the Chair" as X in the chair', () => {
    expect(present('borough-council-recorded-vote.txt').slice(0, 2)).toEqual([
      ['Sheila Varley', true],
      ['Abbott', false],
    ]);
  });

  it('reads "Cathaoirleach Cllr. X presiding" as X in the chair, and officials as no members', () => {
    expect(present('irish-municipal-district-minutes.txt')).toEqual([
      ['Siobhán Nevin', true],
      ['Ciarán Moran', false],
      ['Páidí Gorman', false],
      ['Úna Tierney', false],
      ['Declan Roche', false],
      ['Majella Kenny', false],
    ]);
  });
});

describe('the close of the meeting after the last decision', () => {
  const document = parse('district-cabinet-minutes.txt');
  const last = onlyPart(document, 'minutes').minutes!.items.at(-1)!;

  it('is no part of the Resolved list, and is still chunked with the item', () => {
    const text = readFileSync(`${folder}district-cabinet-minutes.txt`, 'utf8');
    expect(text.slice(last.resolved!.start, last.resolved!.end)).toBe(
      'Decision: That the offer of the preferred bidder be accepted, subject to planning permission.',
    );
    const chunks = chunkDocument(document, { size: 2000, overlap: 0 });
    const closing = chunks.find((chunk) => chunk.text.includes('The meeting ended at 7.52 pm'));
    expect(closing).toMatchObject({ minute: 'CAB.37' });
    expect(closing?.section).not.toBe('Resolved');
  });
});

describe('a town council numbering its minutes "Min. No. 25/141"', () => {
  it('reads each numbered minute as an item', () => {
    const minutes = onlyPart(parse('town-council-min-no.txt'), 'minutes');
    expect(minutes).toMatchObject({ committee: 'Knapton Regis Town Council', meetingDate: '2026-03-09' });
    expect(minutes.minutes!.items.map((item) => item.number)).toEqual([
      '25/141',
      '25/142',
      '25/143',
      '25/144',
      '25/145',
      '25/146',
    ]);
  });
});

describe('a decision notice with "Decision maker:" and "Decision date:"', () => {
  it('names the decision maker and dates the decision', () => {
    const report = onlyPart(parse('decision-notice.txt'), 'report');
    expect(report).toMatchObject({
      committee: 'Cabinet Member for Housing and Homelessness',
      meetingDate: '2026-02-17',
      title: 'Temporary Accommodation Procurement Framework',
    });
  });
});

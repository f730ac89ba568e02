import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/core/paper.js';
import { parseDocument } from './parse-document.js';

// Invented papers of kinds left half-read in test/fixtures/held-out-layouts-17: a clerk's email of the decisions a
// committee took the night before.
function parse(text: string): ParsedDocument {
  return parseDocument({ source: 'paper.txt', text, sha256: createHash('sha256').update(text).digest('hex') });
}

describe("a clerk's email of a committee's decisions", () => {
  const text = [
    'From: Clerk to Wendlebury Parish Council <clerk@wendlebury.example>',
    'Sent: Friday, 5 March 2039 09:12',
    'To: Burial Ground Committee members',
    'Subject: Decisions - Burial Ground Committee, 4 March 2039',
    '',
    'Dear all,',
    '',
    "Please find below the decisions taken at last night's meeting of the Burial Ground Committee (Thursday",
    '4 March 2039, 7.30pm, Church Room).',
    '',
    'Present: Cllr Ada Morrow (Chair), Cllr Felix Tan, Cllr Iris Beddoe',
    '',
    'BG/39/01 - Apologies: none.',
    '',
    'BG/39/02 - Memorial safety: AGREED to test every headstone over 1.5 metres before 30 June 2039.',
    '',
    'BG/39/03 - Fees 2039/40: AGREED to raise the interment fee from £310 to £335.',
  ].join('\n');
  const minutes = () => parse(text).parts.find((part) => part.kind === 'minutes');

  it('names the committee whose meeting it reports', () => {
    expect(minutes()).toMatchObject({ committee: 'Burial Ground Committee', meetingDate: '2039-03-04' });
  });

  it('takes each dashed reference as an item, titled up to its colon, its decision run on after it', () => {
    const items = minutes()?.minutes?.items ?? [];
    expect(items.map((item) => [item.number, item.title])).toEqual([
      ['BG/39/01', 'Apologies'],
      ['BG/39/02', 'Memorial safety'],
      ['BG/39/03', 'Fees 2039/40'],
    ]);
    expect(items[2]?.resolutions.map((resolution) => resolution.text)).toEqual([
      'AGREED to raise the interment fee from £310 to £335.',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document.js';

// An invented town council's report written as a letter: logo, reference block with the day it was written,
// addressees, greeting, then a heading naming the meeting it is for.
const letter = (heading: string) =>
  [
    'Our ref: HTC/RP/0112',
    '',
    'HOLLINSEA',
    'Town Council',
    'Date: 2 October 2029',
    '',
    'To: Members of the Hollinsea Town Council Amenities Committee',
    '',
    'Dear Councillor,',
    '',
    heading,
    '',
    'I write about the shelter on the promenade, whose roof was lost in the September gales. A new roof would ' +
      'cost £6,300.',
    '',
    'Yours sincerely,',
    '',
    'Perpetua Gaunt',
    'Town Clerk',
  ].join('\n');

describe('readLetterMeeting', () => {
  it('reads a letter report as its addressed committee’s, dated by the meeting its heading names', () => {
    const [part] = parseDocument({
      source: 'letter.pdf',
      sha256: 'e'.repeat(64),
      text: letter('Promenade Shelter – Meeting of 16 October 2029'),
    }).parts;
    expect(part).toMatchObject({ committee: 'Amenities Committee', meetingDate: '2029-10-16' });
  });

  it('leaves the letter undated when its heading names no meeting: the date it was written is not one', () => {
    const [part] = parseDocument({
      source: 'letter.pdf',
      sha256: 'e'.repeat(64),
      text: letter('Promenade Shelter'),
    }).parts;
    expect(part).toMatchObject({ committee: 'Amenities Committee', meetingDate: null });
  });
});

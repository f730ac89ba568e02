import { describe, expect, it } from 'vitest';
import { toLines } from '../../src/core/lines.js';
import { parseCoverSheet } from './parse-cover-sheet.js';

const author = (text: string) => parseCoverSheet(toLines(text)).detail.author;

describe('parseCoverSheet authors', () => {
  it('joins a title wrapped onto the next line and stops at the blank line before the next author', () => {
    expect(
      author(
        [
          'From: Alma Reyes, Cabinet Member for Coastal',
          'and Rural Affairs',
          '',
          'Owen Pryce, Corporate Director, Growth',
          '',
          'To: Cabinet – 4 March 2026',
          'Subject: Harbour wall repairs',
        ].join('\n'),
      ),
    ).toBe('Alma Reyes, Cabinet Member for Coastal and Rural Affairs');
  });

  it('stops at a line that opens with another name, when authors are listed without blank lines', () => {
    expect(
      author(
        [
          'From: Mr T Okafor, Leader of the Council',
          'Dr Ines Marlow, Director of Public Health',
          'To: County Council – 12 May 2026',
          'Subject: Annual report',
        ].join('\n'),
      ),
    ).toBe('Mr T Okafor, Leader of the Council');
  });
});

const sheet = (text: string) => parseCoverSheet(toLines(text));

describe('parseCoverSheet fields', () => {
  it('reads a capitalised "REPORT TO: … ON <date>" sheet and ends at the first numbered heading', () => {
    const lines = [
      'REPORT TO: LOCHSIDE PARKS COMMITTEE ON 9 APRIL 2026',
      '',
      'SUBJECT: PLAY AREA SURFACING',
      '',
      'BY: DEPUTE CHIEF EXECUTIVE (PLACE)',
      '',
      '1. REASON FOR REPORT',
      '',
      '1.1 To ask the Committee to approve new surfacing at four play areas.',
    ];
    const read = sheet(lines.join('\n'));
    expect(read).toMatchObject({ committee: 'Lochside Parks Committee', meetingDate: '2026-04-09', lastLineIndex: 4 });
    expect(read.detail).toMatchObject({ title: 'PLAY AREA SURFACING', author: 'DEPUTE CHIEF EXECUTIVE (PLACE)' });
  });

  it('reads labels printed above their values, as a table converted to text', () => {
    const read = sheet(
      [
        'Report to:',
        'Housing Overview Panel',
        'Date of meeting:',
        '17 March 2026',
        'Report of:',
        'Assistant Director, Housing',
        'Title:',
        'Tenant Damp Surveys',
      ].join('\n'),
    );
    expect(read).toMatchObject({ committee: 'Housing Overview Panel', meetingDate: '2026-03-17' });
    expect(read.detail).toMatchObject({ title: 'Tenant Damp Surveys', author: 'Assistant Director, Housing' });
  });
});

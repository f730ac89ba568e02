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

import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../core/chunk.js';
import { askedPageNumber, lineCoveringPage } from './page-range-line.js';

const agenda = {
  id: 'a:0',
  source: 'agenda.pdf',
  documentSha: 'a',
  ordinal: 0,
  meetingDate: '2031-01-30',
  text: [
    '3. Minutes of the Meeting held on 9th January 2031 (Pages 1 - 10)',
    '4. Cabinet Member Updates',
    '5. 31/00108 - Revenue and Capital Budget Monitoring Report (Pages 11 - 84)',
    '7. 31/00109 - Transfer of the Harbour Service (Pages 277 - 326)',
  ].join('\n'),
} as Chunk;

describe('lineCoveringPage', () => {
  it('reads the page number a question asks the contents of', () => {
    expect(askedPageNumber("what's on page 12 of the cabinet pack?")).toBe(12);
    expect(askedPageNumber('what item is on page 300 of the agenda pack?')).toBe(300);
    expect(askedPageNumber('what is page 85 of the pack')).toBe(85);
    expect(askedPageNumber('on what page of the minutes is the budget item?')).toBeUndefined();
    expect(askedPageNumber('which pages is the budget on?')).toBeUndefined();
  });

  it('finds the agenda line whose printed page range holds the page', () => {
    expect(lineCoveringPage('what item is on page 300 of the agenda pack?', [agenda])?.segment.text).toContain(
      'Transfer of the Harbour Service',
    );
    expect(lineCoveringPage("what's on page 11 of the pack?", [agenda])?.segment.text).toContain('31/00108');
    expect(lineCoveringPage("what's on page 900 of the pack?", [agenda])).toBeUndefined();
  });
});

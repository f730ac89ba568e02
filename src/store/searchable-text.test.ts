import { describe, expect, it } from 'vitest';
import type { Chunk } from '../core/chunk.js';
import { searchableText, spokenDate } from './searchable-text.js';

const chunk = (overrides: Partial<Chunk>): Chunk => ({
  id: 'x:0',
  source: 'paper.md',
  documentSha: 'x',
  ordinal: 0,
  partIndex: 0,
  kind: 'minutes',
  committee: 'Improving Lives Select Commission',
  meetingDate: '2023-10-31',
  partTitle: 'Minutes',
  headingPath: ['Improving Lives Select Commission', '2023-10-31', 'Minute 126 — Elective Home Education', 'Resolved'],
  exempt: false,
  text: '',
  start: 0,
  end: 0,
  line: 1,
  ...overrides,
});

describe('searchableText', () => {
  it('indexes the heading below the date, the meeting date in words, and the text without markup', () => {
    const body = searchableText(chunk({ text: '**Resolved:** That <sup>the</sup> out-turn be noted.' }));
    const [heading, meeting, text] = body.split('\n');
    expect(heading).toBe('Minute 126 — Elective Home Education Resolved');
    expect(meeting).toBe('meeting 31 October 2023');
    expect(text).toContain('out-turn outturn');
    expect(text).not.toContain('<sup>');
  });

  it('indexes the header a passage carries of the table it opens inside', () => {
    const body = searchableText(
      chunk({ text: '| R8 | Depot delay | Director of Place |', tableHeader: '| Ref | Risk | Risk owner |' }),
    );
    expect(body.split('\n')[2]).toBe('| Ref | Risk | Risk owner |');
  });

  it('spells out every date in the text so a month name finds a numeric date', () => {
    expect(searchableText(chunk({ text: 'Signed 08/11/23; next on 03-Dec-24.' }))).toMatch(
      /8 November 2023 3 December 2024$/,
    );
  });

  it('leaves the meeting line empty for an undated part', () => {
    expect(searchableText(chunk({ meetingDate: null, text: 'x' })).split('\n')[1]).toBe('');
  });
});

describe('spokenDate', () => {
  it('writes ISO dates the British way without leading zeros', () => {
    expect(spokenDate('2024-03-05')).toBe('5 March 2024');
  });
});

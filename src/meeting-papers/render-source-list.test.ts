import { describe, expect, it } from 'vitest';
import type { Citation } from '../core/citation.js';
import { renderSourceList } from './render-source-list.js';

const citation: Citation = {
  n: 1,
  committee: 'Cabinet',
  meetingDate: '2025-03-04',
  partKind: 'minutes',
  minute: '88',
  title: 'Library Opening Hours',
  heading: '',
  quote: 'That the extended library opening hours be approved.',
  source: 'data/sync/democracy.example.gov.uk/papers/501-7001.pdf',
  start: 0,
  end: 10,
  line: 14,
};

describe('renderSourceList', () => {
  it('links a published paper at its page, as briefings, digests and watches cite it', () => {
    const url = 'https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=7001';
    expect(renderSourceList([{ ...citation, url, page: 2 }])).toBe(
      `## Sources\n\n1. Cabinet · 4 March 2025 · Minute 88 — Library Opening Hours ([p. 2](${url}#page=2)): “That the extended library opening hours be approved.”`,
    );
  });

  it('keeps the path and line of a local file, with the page of a PDF', () => {
    expect(renderSourceList([{ ...citation, page: 2 }])).toContain(
      '(data/sync/democracy.example.gov.uk/papers/501-7001.pdf, line 14, p. 2)',
    );
  });
});

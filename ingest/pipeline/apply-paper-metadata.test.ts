import { describe, expect, it } from 'vitest';
import type { ParsedDocument, Part } from '../../src/core/paper.js';
import { applyPaperMetadata } from './apply-paper-metadata.js';

const part = (kind: Part['kind'], committee: string, meetingDate: string | null): Part => ({
  kind,
  committee,
  meetingDate,
  title: kind,
  start: 0,
  end: 10,
  sections: [],
});

const document: ParsedDocument = {
  source: 'pack.pdf',
  sha256: 'abc',
  text: '',
  parts: [
    part('agenda', 'CABINET', '2025-03-05'),
    part('minutes', 'Cabinet', '2025-02-04'),
    part('report', 'Unknown committee', null),
  ],
};
const metadata = {
  url: 'https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=1',
  committee: 'Cabinet',
  meetingDate: '2025-03-04',
};

describe('applyPaperMetadata', () => {
  it('puts the site’s committee, date and URL on every part, reporting real disagreements', () => {
    const { document: applied, disagreements } = applyPaperMetadata(document, metadata);
    expect(applied.parts.map((p) => [p.committee, p.meetingDate, p.url])).toEqual([
      ['Cabinet', '2025-03-04', metadata.url],
      // The previous meeting's minutes, put to this one for approval, keep their own date.
      ['Cabinet', '2025-02-04', metadata.url],
      ['Cabinet', '2025-03-04', metadata.url],
    ]);
    expect(disagreements).toEqual([
      { field: 'meetingDate', parsed: '2025-03-05', site: '2025-03-04', part: 0 },
      { field: 'committee', parsed: 'Unknown committee', site: 'Cabinet', part: 2 },
      { field: 'meetingDate', parsed: null, site: '2025-03-04', part: 2 },
    ]);
  });
});

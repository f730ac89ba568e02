import { describe, expect, it } from 'vitest';
import type { Citation } from '../../core/citation.js';
import { formatShortDate } from '../../core/dates.js';
import { renderCitationLine } from './render-citation-line.js';

const citation: Citation = {
  n: 1,
  committee: 'Improving Lives Select Commission',
  meetingDate: '2023-10-31',
  partKind: 'minutes',
  minute: '126',
  title: 'Elective Home Education Presentation',
  heading: '',
  quote: '',
  source: 'corpus/000.txt',
  start: 0,
  end: 0,
  line: 1,
};

describe('renderCitationLine', () => {
  it('names committee, date, minute and title', () => {
    expect(renderCitationLine(citation)).toBe(
      '[1] Improving Lives Select Commission · 31 Oct 2023 · Minute 126 — Elective Home Education Presentation',
    );
  });

  it('leaves the minute out when there is none and says when a paper is undated', () => {
    expect(
      renderCitationLine({ ...citation, n: 2, minute: undefined, meetingDate: null, title: 'Work Programme' }),
    ).toBe('[2] Improving Lives Select Commission · undated — Work Programme');
  });

  it('links the facts when the source is a URL, escaping Slack control characters in the title', () => {
    expect(renderCitationLine({ ...citation, source: 'https://example.org/p.pdf', title: 'Q&A <draft>' })).toBe(
      '[1] <https://example.org/p.pdf|Improving Lives Select Commission · 31 Oct 2023 · Minute 126> — Q&amp;A &lt;draft&gt;',
    );
  });

  it('opens a published paper at the quoted page', () => {
    const published = {
      ...citation,
      committee: 'Cabinet',
      meetingDate: '2025-03-04',
      minute: '88',
      title: 'Library opening hours',
      url: 'https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=7001',
      page: 3,
    };
    expect(renderCitationLine(published)).toBe(
      '[1] <https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=7001#page=3|Cabinet · 4 Mar 2025 · Minute 88, p. 3> — Library opening hours',
    );
  });

  it('gives the page of a local PDF without a link', () => {
    expect(renderCitationLine({ ...citation, page: 2 })).toBe(
      '[1] Improving Lives Select Commission · 31 Oct 2023 · Minute 126, p. 2 — Elective Home Education Presentation',
    );
  });
});

describe('formatShortDate', () => {
  it.each([
    ['2023-10-31', '31 Oct 2023'],
    ['2019-01-05', '5 Jan 2019'],
    [null, 'undated'],
    ['not a date', 'undated'],
  ])('formats %j', (iso, expected) => {
    expect(formatShortDate(iso)).toBe(expected);
  });

  it('names the speaker of a transcript citation, inside the link', () => {
    const spoken = {
      ...citation,
      committee: 'Health Scrutiny Panel',
      meetingDate: '2024-05-14',
      minute: undefined,
      partKind: 'transcript' as const,
      title: 'Transcript',
      speaker: 'The Chair (Cllr Ada Obi | Northfield)',
      source: 'https://example.org/t.html',
    };
    expect(renderCitationLine(spoken)).toBe(
      '[1] <https://example.org/t.html|Health Scrutiny Panel · 14 May 2024 · The Chair (Cllr Ada Obi ¦ Northfield)> — Transcript',
    );
    expect(renderCitationLine({ ...spoken, source: 't.txt' })).toBe(
      '[1] Health Scrutiny Panel · 14 May 2024 · The Chair (Cllr Ada Obi | Northfield) — Transcript',
    );
  });
});

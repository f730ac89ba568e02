import { describe, expect, it } from 'vitest';
import type { Chunk } from './chunk.js';
import { buildCitation } from './citation.js';

const document = 'Header line\nMinutes\n\n51. ADOPTION\nThe update was given.\nResolved: That the report be noted.\n';
const chunkStart = document.indexOf('51. ADOPTION');
const chunk: Chunk = {
  id: 'abc:3',
  source: 'corpus/minutes.txt',
  documentSha: 'abc',
  ordinal: 3,
  partIndex: 1,
  kind: 'minutes',
  committee: 'Improving Lives Select Commission',
  meetingDate: '2019-01-15',
  partTitle: 'Minutes',
  minute: '51',
  minuteTitle: 'Adoption',
  section: 'Resolved',
  headingPath: ['Improving Lives Select Commission', '2019-01-15', 'Minute 51 — Adoption'],
  exempt: false,
  text: document.slice(chunkStart),
  start: chunkStart,
  end: document.length,
  line: 4,
};

describe('buildCitation', () => {
  it('maps a span of the chunk to document offsets, the line it starts on and the meeting it belongs to', () => {
    const quoteStart = chunk.text.indexOf('Resolved');
    const citation = buildCitation(2, chunk, {
      start: quoteStart,
      end: quoteStart + 'Resolved: That the report be noted.'.length,
    });
    expect(citation).toMatchObject({
      n: 2,
      committee: 'Improving Lives Select Commission',
      meetingDate: '2019-01-15',
      partKind: 'minutes',
      minute: '51',
      title: 'Adoption',
      heading: 'Improving Lives Select Commission › 2019-01-15 › Minute 51 — Adoption',
      quote: 'Resolved: That the report be noted.',
      source: 'corpus/minutes.txt',
      line: 6,
    });
    expect(document.slice(citation.start, citation.end)).toBe(citation.quote);
  });

  it('titles a passage outside minutes after its part', () => {
    const { minute: _minute, minuteTitle: _title, ...report } = chunk;
    expect(buildCitation(1, { ...report, partTitle: 'Fostering Report' }, { start: 0, end: 3 }).title).toBe(
      'Fostering Report',
    );
  });

  it('names the page a quote starts on, past a page break inside the chunk', () => {
    const resolvedAt = chunk.start + chunk.text.indexOf('Resolved');
    const paged = { ...chunk, page: 4, pageBreaks: [resolvedAt] };
    expect(buildCitation(1, paged, { start: 0, end: 5 }).page).toBe(4);
    expect(buildCitation(1, paged, { start: chunk.text.indexOf('Resolved'), end: chunk.text.length }).page).toBe(5);
    expect(buildCitation(1, chunk, { start: 0, end: 5 }).page).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import type { MinuteItem, Span } from '../core/paper.js';
import type { CitationList } from './create-citation-list.js';
import { minuteDecisions } from './minute-decisions.js';

/** Numbers each distinct span, as the real list does, and remembers what was cited. */
function fakeCitations(): CitationList & { spans: Span[] } {
  const spans: Span[] = [];
  return {
    spans,
    citations: [],
    load: async () => {},
    cite: (_source, span) => {
      const known = spans.findIndex((cited) => cited.start === span.start && cited.end === span.end);
      if (known >= 0) return known + 1;
      spans.push(span);
      return spans.length;
    },
  };
}

const text = [
  '1. Apologies', // 0
  'None.',
  '2. Reports',
  '2.1 Village Hall Roof',
  'Cllr Tamsin Reed proposed that the roof be repaired for £3,200, seconded by Cllr Olu Bako. All agreed.',
  '2.2 Footpath Survey',
  'The survey was noted.',
  '3. Public Forum',
  'Cllr Reed proposed closing the meeting, seconded by Cllr Bako.',
].join('\n');

function item(number: string, title: string, until?: string): MinuteItem {
  const start = text.indexOf(`${number} ${title}`);
  const bodyStart = start + `${number} ${title}`.length + 1;
  const end = until ? text.indexOf(until) - 1 : text.length;
  const body = text.slice(bodyStart, end);
  const proposal = /Cllr [^\n]*/.exec(body);
  const resolutions = proposal
    ? [{ text: proposal[0], start: bodyStart + proposal.index, end: bodyStart + proposal.index + proposal[0].length }]
    : [];
  return { number, title, start, bodyStart, end, resolutions };
}

describe('minuteDecisions', () => {
  const items = [
    item('1.', 'Apologies', '2. Reports'),
    { ...item('2.', 'Reports', '2.1 Village'), number: '2' },
    item('2.1', 'Village Hall Roof', '2.2 Footpath'),
    item('2.2', 'Footpath Survey', '3. Public'),
    { ...item('3.', 'Public Forum'), number: '3' },
  ].map((entry) => ({ ...entry, number: entry.number.replace(/\.$/, '') }));

  it('lists decisions and business, without standing items, sub-item headings or votes that ran the meeting', () => {
    const business = minuteDecisions('parish.md', items, text, fakeCitations());
    expect(business.decisions).toEqual([
      expect.objectContaining({
        minute: '2.1',
        resolutions: [
          expect.objectContaining({ text: expect.stringMatching(/^Cllr Tamsin Reed proposed that the roof/) }),
        ],
      }),
    ]);
    expect(business.discussed.map((entry) => entry.minute)).toEqual(['2.2', '3']);
  });

  it('cites nothing it does not list when asked for decisions only', () => {
    const citations = fakeCitations();
    const business = minuteDecisions('parish.md', items, text, citations, { discussed: false });
    expect(business.discussed).toEqual([]);
    expect(citations.spans).toHaveLength(2);
  });
});

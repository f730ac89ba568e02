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

  it('lists the decisions an item records in its text when it prints no resolution, never what someone had agreed', () => {
    const minutes = [
      '4. Cemetery Hedge',
      'Two quotations had been received (£840 and £600). Cllr Reed said she had agreed to cover the western hedge herself. The quotations were discussed and it was agreed to appoint the cheapest contractor at £600. Logs would be left on the verge. Residents hoped for new gates, however it was decided by the county that none were needed.',
      '| 5 Planning | 26/0412/FUL, Orchard Barn: side extension. The council resolved to raise no objection. | Clerk |',
      '6. Correspondence',
      'A letter from the bus company was read out. Its timetable was approved by the county in May.',
      '7. Finance',
      'Payments of £2,918.40 were approved. The precept will be discussed in November.',
    ].join('\n');
    const at = (heading: string, next?: string): MinuteItem => {
      const start = minutes.indexOf(heading);
      return {
        number: heading.replace(/\D.*$/, ''),
        title: heading.replace(/^[\d.|\s]+/, ''),
        start,
        bodyStart: start + heading.length + 1,
        end: next ? minutes.indexOf(next) - 1 : minutes.length,
        resolutions: [],
      };
    };
    const hedge = at('4. Cemetery Hedge', '| 5 Planning');
    const planning = { ...at('| 5 Planning |', '6. Correspondence'), title: 'Planning' };
    const letters = at('6. Correspondence', '7. Finance');
    const finance = at('7. Finance');
    const business = minuteDecisions('parish.md', [hedge, planning, letters, finance], minutes, fakeCitations());
    expect(business.decisions.map((entry) => entry.resolutions.map((resolution) => resolution.text))).toEqual([
      ['The quotations were discussed and it was agreed to appoint the cheapest contractor at £600.'],
      ['The council resolved to raise no objection.'],
      ['Payments of £2,918.40 were approved.'],
    ]);
    expect(business.discussed.map((entry) => entry.minute)).toEqual(['6']);
  });

  it("lists a body's lettered decisions under its name, and no agreement about what had happened", () => {
    const minutes = [
      '3. Allotments',
      'The PC agreed that talks with the diocese had taken place some years ago. It was agreed by all present that the visit had been useful. It was agreed that the hedge had to be cut by March. It was agreed that a reply would say the cost had been met.',
      '4. Budget Outturn',
      'The Treasurer reported an overspend of £12,400.',
      'The Board:',
      '(a) noted the outturn; and',
      '(b) instructed the Treasurer to bring a recovery plan to the May meeting.',
    ].join('\n');
    const at = (heading: string, next?: string): MinuteItem => {
      const start = minutes.indexOf(heading);
      return {
        number: heading.replace(/\D.*$/, ''),
        title: heading.replace(/^[\d.\s]+/, ''),
        start,
        bodyStart: start + heading.length + 1,
        end: next ? minutes.indexOf(next) - 1 : minutes.length,
        resolutions: [],
      };
    };
    const items = [at('3. Allotments', '4. Budget'), at('4. Budget Outturn')];
    const business = minuteDecisions('board.md', items, minutes, fakeCitations());
    expect(business.decisions.map((entry) => entry.resolutions.map((resolution) => resolution.text))).toEqual([
      [
        'It was agreed that the hedge had to be cut by March.',
        'It was agreed that a reply would say the cost had been met.',
      ],
      ['The Board: (a) noted the outturn; (b) instructed the Treasurer to bring a recovery plan to the May meeting.'],
    ]);
  });

  it('lists the decision a numbered resolution opens with before its list, not the list alone', () => {
    const minutes = [
      '12. 36/0088/FUL - Orchard Pavilion, Fen Lane',
      'The officer recommendation was to approve.',
      'RESOLVED: That planning permission be GRANTED subject to the following conditions:',
      '- (1) Works shall begin within three years.',
      '- (2) No music shall be played outside.',
      '13. 36/0090/HOU - 4 Mill Close',
      'RESOLVED: That Committee:',
      '- (1) grants permission;',
      '- (2) notes the late letter.',
    ].join('\n');
    const span = (from: string, to?: string) => {
      const start = minutes.indexOf(from);
      return { start, end: to ? minutes.indexOf(to) - 1 : minutes.length };
    };
    const resolution = (words: string) => ({
      text: words,
      ...span(words, undefined),
      end: minutes.indexOf(words) + words.length,
    });
    const pavilion: MinuteItem = {
      number: '12',
      title: '36/0088/FUL - Orchard Pavilion, Fen Lane',
      ...span('12. 36/0088', '13. 36/0090'),
      bodyStart: minutes.indexOf('The officer'),
      resolved: span('RESOLVED: That planning', '13. 36/0090'),
      resolutions: [
        resolution('Works shall begin within three years.'),
        resolution('No music shall be played outside.'),
      ],
    };
    const close: MinuteItem = {
      number: '13',
      title: '36/0090/HOU - 4 Mill Close',
      ...span('13. 36/0090'),
      bodyStart: minutes.indexOf('RESOLVED: That Committee'),
      resolved: span('RESOLVED: That Committee'),
      resolutions: [resolution('grants permission;'), resolution('notes the late letter.')],
    };
    const business = minuteDecisions('planning.md', [pavilion, close], minutes, fakeCitations());
    expect(business.decisions.map((entry) => entry.resolutions.map((decision) => decision.text))).toEqual([
      [
        'That planning permission be GRANTED subject to the following conditions:',
        'Works shall begin within three years.',
        'No music shall be played outside.',
      ],
      ['grants permission;', 'notes the late letter.'],
    ]);
  });
});
